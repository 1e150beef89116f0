package org.schemadepartemental.testkit.builtin;

import java.util.List;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.json.JsonFormatProvider;
import org.schemadepartemental.io.spi.FormatProvider;
import org.schemadepartemental.testkit.ReaderSample;
import org.schemadepartemental.testkit.SchemaReaderContract;
import org.schemadepartemental.testkit.SchemaWriterContract;

/** The canonical JSON format against the kit: lossless, so the whole plan must come back. */
class JsonFormatConformanceTest implements SchemaReaderContract, SchemaWriterContract {

  @Override
  public FormatProvider provider() {
    return new JsonFormatProvider();
  }

  @Override
  public List<ReaderSample> samples() {
    return List.of(ReaderSample.resource("samples/orne-plan-2017-2021.json"));
  }

  @Override
  public Object carried(Schema plan) {
    return plan;
  }
}
