/**
 * The conformance kit: JUnit 5 / jqwik contract tests that a plugin author implements in one
 * test class to check a format or calculator provider against the SPI's promises.
 *
 * <p>The model generators ({@code org.schemadepartemental.core.testing.SchemaArbitraries}) come
 * from the schema-core test-jar, which is not a module: it is read from the class path (the
 * build adds {@code --add-reads org.schemadepartemental.testkit=ALL-UNNAMED}).
 */
module org.schemadepartemental.testkit {
  requires transitive org.schemadepartemental.io;
  requires transitive org.schemadepartemental.indicators;
  requires transitive org.junit.jupiter.api;
  requires transitive net.jqwik.api;
  requires org.assertj.core;

  exports org.schemadepartemental.testkit;
}
