package org.schemadepartemental.io;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Options for writing: pretty printing and format-specific properties. Immutable.
 *
 * @param pretty whether to indent (formats that can)
 * @param properties format-specific options, by name ({@code csv.layout=measurements})
 */
public record WriteOptions(boolean pretty, Map<String, String> properties) {

  private static final WriteOptions DEFAULTS = new WriteOptions(true, Map.of());

  /** Copies. */
  public WriteOptions {
    properties = ImmutableMap.copyOf(properties);
  }

  /** Pretty printed, no properties. */
  public static WriteOptions defaults() {
    return DEFAULTS;
  }

  /** A format-specific property. */
  public Optional<String> property(String name) {
    return Optional.ofNullable(properties.get(name));
  }

  /** The same options with a property set. */
  public WriteOptions withProperty(String name, String value) {
    Map<String, String> m = new LinkedHashMap<>(properties);
    m.put(name, value);
    return new WriteOptions(pretty, m);
  }

  /** The same options with pretty printing on or off. */
  public WriteOptions withPretty(boolean p) {
    return new WriteOptions(p, properties);
  }
}
