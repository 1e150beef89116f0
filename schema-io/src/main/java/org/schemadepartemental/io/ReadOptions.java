package org.schemadepartemental.io;

import com.google.common.collect.ImmutableMap;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.Departement;
import org.schemadepartemental.core.YearRange;

/**
 * Options for reading: what the document does not say (département, period, plan id), the
 * charset when it cannot be detected, what to do with unknown fields, and format-specific
 * properties. Immutable; build with {@link #builder()} or derive with the {@code withX} methods.
 *
 * @param departement the département, when the document does not name it
 * @param period the plan period, when the document does not state it
 * @param planId the id to give the plan, instead of the one derived from the document
 * @param charset the charset to decode text with, instead of detecting it (UTF-8 with or
 *     without BOM, else Windows-1252)
 * @param unknownFields what to do with input fields the format does not know
 * @param properties format-specific options, by name ({@code csv.layout=measurements})
 * @param limits how much input to accept ({@link ReadLimits#defaults()} unless given)
 */
public record ReadOptions(
    Optional<Departement> departement,
    Optional<YearRange> period,
    Optional<String> planId,
    Optional<Charset> charset,
    UnknownFields unknownFields,
    Map<String, String> properties,
    ReadLimits limits) {

  private static final ReadOptions DEFAULTS = builder().build();

  /** What to do with input fields a format does not know. */
  public enum UnknownFields {
    /** Read on, and report each unknown field as a warning with its location. */
    REPORT,
    /** Fail with a {@link SchemaReadException} at the first unknown field. */
    REJECT
  }

  /** Copies. */
  public ReadOptions {
    departement = departement == null ? Optional.empty() : departement;
    period = period == null ? Optional.empty() : period;
    planId = planId == null ? Optional.empty() : planId;
    charset = charset == null ? Optional.empty() : charset;
    Objects.requireNonNull(unknownFields, "unknownFields");
    properties = ImmutableMap.copyOf(properties);
    limits = limits == null ? ReadLimits.defaults() : limits;
  }

  /** Options with the default limits (the constructor of the first version, kept for callers). */
  public ReadOptions(Optional<Departement> departement, Optional<YearRange> period, Optional<String> planId,
      Optional<Charset> charset, UnknownFields unknownFields, Map<String, String> properties) {
    this(departement, period, planId, charset, unknownFields, properties, ReadLimits.defaults());
  }

  /** The defaults: nothing assumed, charset detected, unknown fields reported, default limits. */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A format-specific property. */
  public Optional<String> property(String name) {
    return Optional.ofNullable(properties.get(name));
  }

  /** The same options with a département. */
  public ReadOptions withDepartement(Departement d) {
    return new ReadOptions(Optional.of(d), period, planId, charset, unknownFields, properties, limits);
  }

  /** The same options with a period. */
  public ReadOptions withPeriod(YearRange p) {
    return new ReadOptions(departement, Optional.of(p), planId, charset, unknownFields, properties, limits);
  }

  /** The same options with a property set. */
  public ReadOptions withProperty(String name, String value) {
    Map<String, String> m = new LinkedHashMap<>(properties);
    m.put(name, value);
    return new ReadOptions(departement, period, planId, charset, unknownFields, m, limits);
  }

  /** The same options with other limits. */
  public ReadOptions withLimits(ReadLimits l) {
    return new ReadOptions(departement, period, planId, charset, unknownFields, properties, Objects.requireNonNull(l, "limits"));
  }

  /** Builder of {@link ReadOptions}. */
  public static final class Builder {
    private Departement departement;
    private YearRange period;
    private String planId;
    private Charset charset;
    private UnknownFields unknownFields = UnknownFields.REPORT;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private ReadLimits limits = ReadLimits.defaults();

    private Builder() {}

    /** Sets the limits (default: {@link ReadLimits#defaults()}). */
    public Builder limits(ReadLimits v) {
      this.limits = Objects.requireNonNull(v, "limits");
      return this;
    }

    /** Sets the département. */
    public Builder departement(Departement v) {
      this.departement = v;
      return this;
    }

    /** Sets the period. */
    public Builder period(YearRange v) {
      this.period = v;
      return this;
    }

    /** Sets the plan id. */
    public Builder planId(String v) {
      this.planId = v;
      return this;
    }

    /** Sets the charset. */
    public Builder charset(Charset v) {
      this.charset = v;
      return this;
    }

    /** Sets the unknown-field policy. */
    public Builder unknownFields(UnknownFields v) {
      this.unknownFields = v;
      return this;
    }

    /** Sets a format-specific property. */
    public Builder property(String name, String value) {
      properties.put(name, value);
      return this;
    }

    /** Builds the options. */
    public ReadOptions build() {
      return new ReadOptions(Optional.ofNullable(departement), Optional.ofNullable(period),
          Optional.ofNullable(planId), Optional.ofNullable(charset), unknownFields, properties, limits);
    }
  }
}
