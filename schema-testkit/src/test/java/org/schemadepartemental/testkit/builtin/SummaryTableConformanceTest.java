package org.schemadepartemental.testkit.builtin;

import java.util.List;
import org.schemadepartemental.io.spi.FormatProvider;
import org.schemadepartemental.testkit.ReaderSample;
import org.schemadepartemental.testkit.SchemaReaderContract;

/** The reader of the summary table of a plan (Seine-Saint-Denis) against the kit, with its real sample. */
class SummaryTableConformanceTest implements SchemaReaderContract {

  @Override
  public FormatProvider provider() {
    return BuiltIns.format("summary-table");
  }

  @Override
  public List<ReaderSample> samples() {
    return List.of(ReaderSample.resource("samples/seine-saint-denis-tableau.txt"));
  }

  @Override
  public double minimumAccountedRatio() {
    return 0.98;
  }
}
