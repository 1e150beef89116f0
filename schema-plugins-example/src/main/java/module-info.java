/**
 * The Pas-de-Calais plugin: a reader of the département's review layout and a territorial
 * coverage calculator, built only on the public SPI and support packages of the SDK.
 */
module fr.pasdecalais.schema {
  requires org.schemadepartemental.io;
  requires org.schemadepartemental.indicators;

  provides org.schemadepartemental.io.spi.FormatProvider with fr.pasdecalais.schema.PasDeCalaisReviewFormat;
  provides org.schemadepartemental.indicators.spi.Calculator with fr.pasdecalais.schema.TerritorialCoverageCalculator;
}
