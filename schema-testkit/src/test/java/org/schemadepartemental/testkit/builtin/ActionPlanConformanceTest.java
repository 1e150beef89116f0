package org.schemadepartemental.testkit.builtin;

import java.util.List;
import org.schemadepartemental.io.spi.FormatProvider;
import org.schemadepartemental.testkit.ReaderSample;
import org.schemadepartemental.testkit.SchemaReaderContract;

/** The reader of the action plan of a plan (Orne) against the kit, with its real sample. */
class ActionPlanConformanceTest implements SchemaReaderContract {

  @Override
  public FormatProvider provider() {
    return BuiltIns.format("action-plan");
  }

  @Override
  public List<ReaderSample> samples() {
    return List.of(ReaderSample.resource("samples/orne-plan-2017-2021.txt"));
  }

  @Override
  public double minimumAccountedRatio() {
    return 0.98;
  }
}
