package fr.pasdecalais.schema;

import java.util.List;
import org.schemadepartemental.io.spi.FormatProvider;
import org.schemadepartemental.testkit.ReaderSample;
import org.schemadepartemental.testkit.SchemaReaderContract;

/** The plugin's reader against the conformance kit, with the review it is written for. */
class PasDeCalaisReviewConformanceTest implements SchemaReaderContract {

  @Override
  public FormatProvider provider() {
    return new PasDeCalaisReviewFormat();
  }

  @Override
  public List<ReaderSample> samples() {
    return List.of(ReaderSample.resource("samples/pas-de-calais-bilan-2012.txt"));
  }

  @Override
  public double minimumAccountedRatio() {
    return 0.98;
  }
}
