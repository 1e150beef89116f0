/**
 * Readers and writers of plans, pluggable through {@link java.util.ServiceLoader}.
 */
module org.schemadepartemental.io {
  requires transitive org.schemadepartemental.core;
  requires org.slf4j;

  exports org.schemadepartemental.io;
  exports org.schemadepartemental.io.spi;
  exports org.schemadepartemental.io.plugin;

  uses org.schemadepartemental.io.spi.FormatProvider;
}
