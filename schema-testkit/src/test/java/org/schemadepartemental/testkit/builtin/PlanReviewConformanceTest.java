package org.schemadepartemental.testkit.builtin;

import java.util.List;
import org.schemadepartemental.io.spi.FormatProvider;
import org.schemadepartemental.testkit.ReaderSample;
import org.schemadepartemental.testkit.SchemaReaderContract;

/** The reader of the review of a previous plan (Charente-Maritime) against the kit, with its real sample. */
class PlanReviewConformanceTest implements SchemaReaderContract {

  @Override
  public FormatProvider provider() {
    return BuiltIns.format("plan-review");
  }

  @Override
  public List<ReaderSample> samples() {
    return List.of(ReaderSample.resource("samples/charente-maritime-bilan-2018-2022.txt"));
  }

  @Override
  public double minimumAccountedRatio() {
    return 0.98;
  }
}
