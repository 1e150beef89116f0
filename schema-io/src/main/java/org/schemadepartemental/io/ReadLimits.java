package org.schemadepartemental.io;

/**
 * How much input a reader accepts before it stops with a {@link LimitExceededException} naming
 * the limit and its value. The defaults are far beyond any published plan and small enough that
 * a hostile or broken input cannot exhaust memory or time; lower them for uploads, raise them
 * for unusual documents. Immutable; build with {@link #builder()}, pass with {@link
 * ReadOptions.Builder#limits(ReadLimits)}.
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.builder()
 *     .limits(ReadLimits.builder().maxInputBytes(2_000_000).maxFiches(500).build())
 *     .build();
 * }</pre>
 *
 * <p>Which reader applies which limit is listed in {@code docs/reliability.md}: every reader
 * applies the input size and the counts of fiches, sous-actions, indicators and measurements; the
 * line-based readers (CSV, the document layouts and any plugin built on {@code
 * AbstractDocumentReader}) the line length; JSON the nesting depth, string, name, number and
 * document lengths (through Jackson's {@code StreamReadConstraints} on the library's own factory),
 * CSV the string, number and document lengths. JSON is often written on one line, so the line
 * length does not apply to it.
 *
 * @param maxInputBytes the largest input, in bytes
 * @param maxLineLength the longest line, in characters (line-based readers)
 * @param maxFiches the most fiches in a plan
 * @param maxSousActions the most sous-actions in a plan (all fiches together)
 * @param maxIndicators the most indicators in a plan (all fiches together)
 * @param maxMeasurements the most measured values in a plan (indicators and reviews together), or
 *     rows of a measurements CSV
 * @param maxNestingDepth the deepest nesting of JSON objects and arrays, read or written
 * @param maxStringLength the longest JSON string or CSV cell, in characters
 * @param maxNameLength the longest JSON field name, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxDocumentLength the longest JSON or CSV document as the parser counts it (bytes, or
 *     characters when a charset is forced)
 * @since 0.1
 */
public record ReadLimits(
    long maxInputBytes,
    int maxLineLength,
    int maxFiches,
    int maxSousActions,
    int maxIndicators,
    int maxMeasurements,
    int maxNestingDepth,
    int maxStringLength,
    int maxNameLength,
    int maxNumberLength,
    long maxDocumentLength) {

  /** The name of {@link #maxInputBytes()} in errors. */
  public static final String MAX_INPUT_BYTES = "maxInputBytes";
  /** The name of {@link #maxLineLength()} in errors. */
  public static final String MAX_LINE_LENGTH = "maxLineLength";
  /** The name of {@link #maxFiches()} in errors. */
  public static final String MAX_FICHES = "maxFiches";
  /** The name of {@link #maxSousActions()} in errors. */
  public static final String MAX_SOUS_ACTIONS = "maxSousActions";
  /** The name of {@link #maxIndicators()} in errors. */
  public static final String MAX_INDICATORS = "maxIndicators";
  /** The name of {@link #maxMeasurements()} in errors. */
  public static final String MAX_MEASUREMENTS = "maxMeasurements";
  /** The name of {@link #maxNestingDepth()} in errors. */
  public static final String MAX_NESTING_DEPTH = "maxNestingDepth";
  /** The name of {@link #maxStringLength()} in errors. */
  public static final String MAX_STRING_LENGTH = "maxStringLength";
  /** The name of {@link #maxNameLength()} in errors. */
  public static final String MAX_NAME_LENGTH = "maxNameLength";
  /** The name of {@link #maxNumberLength()} in errors. */
  public static final String MAX_NUMBER_LENGTH = "maxNumberLength";
  /** The name of {@link #maxDocumentLength()} in errors. */
  public static final String MAX_DOCUMENT_LENGTH = "maxDocumentLength";

  /** Default {@link #maxInputBytes()}: 32 MiB, a hundred times the largest plan seen. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 32L * 1024 * 1024;
  /** Default {@link #maxLineLength()}: 100,000 characters, a whole review table flattened on one line. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 100_000;
  /** Default {@link #maxFiches()}: 10,000 (plans have 10 to 100). */
  public static final int DEFAULT_MAX_FICHES = 10_000;
  /** Default {@link #maxSousActions()}: 100,000. */
  public static final int DEFAULT_MAX_SOUS_ACTIONS = 100_000;
  /** Default {@link #maxIndicators()}: 100,000. */
  public static final int DEFAULT_MAX_INDICATORS = 100_000;
  /** Default {@link #maxMeasurements()}: 1,000,000. */
  public static final int DEFAULT_MAX_MEASUREMENTS = 1_000_000;
  /** Default {@link #maxNestingDepth()}: 200 (a plan nests about ten levels, list items a few more). */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 200;
  /** Default {@link #maxStringLength()}: 20,000,000 characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 20_000_000;
  /** Default {@link #maxNameLength()}: 1,000 characters (the format's names have at most 25). */
  public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;
  /** Default {@link #maxNumberLength()}: 100 characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
  /** Default {@link #maxDocumentLength()}: 32 MiB, as the input size. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = DEFAULT_MAX_INPUT_BYTES;

  private static final ReadLimits DEFAULTS = builder().build();

  /** Checks every limit is positive. */
  public ReadLimits {
    positive(MAX_INPUT_BYTES, maxInputBytes);
    positive(MAX_LINE_LENGTH, maxLineLength);
    positive(MAX_FICHES, maxFiches);
    positive(MAX_SOUS_ACTIONS, maxSousActions);
    positive(MAX_INDICATORS, maxIndicators);
    positive(MAX_MEASUREMENTS, maxMeasurements);
    positive(MAX_NESTING_DEPTH, maxNestingDepth);
    positive(MAX_STRING_LENGTH, maxStringLength);
    positive(MAX_NAME_LENGTH, maxNameLength);
    positive(MAX_NUMBER_LENGTH, maxNumberLength);
    positive(MAX_DOCUMENT_LENGTH, maxDocumentLength);
  }

  /** The default limits (the {@code DEFAULT_…} constants). */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** A builder with the default limits. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder with these limits, to change some. */
  public Builder toBuilder() {
    return new Builder()
        .maxInputBytes(maxInputBytes)
        .maxLineLength(maxLineLength)
        .maxFiches(maxFiches)
        .maxSousActions(maxSousActions)
        .maxIndicators(maxIndicators)
        .maxMeasurements(maxMeasurements)
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNameLength(maxNameLength)
        .maxNumberLength(maxNumberLength)
        .maxDocumentLength(maxDocumentLength);
  }

  /**
   * The value of a limit by its name ({@link #MAX_FICHES} …).
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public long value(String limitName) {
    return switch (limitName) {
      case MAX_INPUT_BYTES -> maxInputBytes;
      case MAX_LINE_LENGTH -> maxLineLength;
      case MAX_FICHES -> maxFiches;
      case MAX_SOUS_ACTIONS -> maxSousActions;
      case MAX_INDICATORS -> maxIndicators;
      case MAX_MEASUREMENTS -> maxMeasurements;
      case MAX_NESTING_DEPTH -> maxNestingDepth;
      case MAX_STRING_LENGTH -> maxStringLength;
      case MAX_NAME_LENGTH -> maxNameLength;
      case MAX_NUMBER_LENGTH -> maxNumberLength;
      case MAX_DOCUMENT_LENGTH -> maxDocumentLength;
      default -> throw new IllegalArgumentException("no read limit named '" + limitName + "'");
    };
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }

  /** Builder of {@link ReadLimits}, starting from the defaults. */
  public static final class Builder {
    private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
    private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
    private int maxFiches = DEFAULT_MAX_FICHES;
    private int maxSousActions = DEFAULT_MAX_SOUS_ACTIONS;
    private int maxIndicators = DEFAULT_MAX_INDICATORS;
    private int maxMeasurements = DEFAULT_MAX_MEASUREMENTS;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;

    private Builder() {}

    /** Sets {@link ReadLimits#maxInputBytes()}. */
    public Builder maxInputBytes(long v) {
      this.maxInputBytes = v;
      return this;
    }

    /** Sets {@link ReadLimits#maxLineLength()}. */
    public Builder maxLineLength(int v) {
      this.maxLineLength = v;
      return this;
    }

    /** Sets {@link ReadLimits#maxFiches()}. */
    public Builder maxFiches(int v) {
      this.maxFiches = v;
      return this;
    }

    /** Sets {@link ReadLimits#maxSousActions()}. */
    public Builder maxSousActions(int v) {
      this.maxSousActions = v;
      return this;
    }

    /** Sets {@link ReadLimits#maxIndicators()}. */
    public Builder maxIndicators(int v) {
      this.maxIndicators = v;
      return this;
    }

    /** Sets {@link ReadLimits#maxMeasurements()}. */
    public Builder maxMeasurements(int v) {
      this.maxMeasurements = v;
      return this;
    }

    /** Sets {@link ReadLimits#maxNestingDepth()}. */
    public Builder maxNestingDepth(int v) {
      this.maxNestingDepth = v;
      return this;
    }

    /** Sets {@link ReadLimits#maxStringLength()}. */
    public Builder maxStringLength(int v) {
      this.maxStringLength = v;
      return this;
    }

    /** Sets {@link ReadLimits#maxNameLength()}. */
    public Builder maxNameLength(int v) {
      this.maxNameLength = v;
      return this;
    }

    /** Sets {@link ReadLimits#maxNumberLength()}. */
    public Builder maxNumberLength(int v) {
      this.maxNumberLength = v;
      return this;
    }

    /** Sets {@link ReadLimits#maxDocumentLength()}. */
    public Builder maxDocumentLength(long v) {
      this.maxDocumentLength = v;
      return this;
    }

    /**
     * Builds the limits.
     *
     * @throws IllegalArgumentException when a limit is not positive
     */
    public ReadLimits build() {
      return new ReadLimits(maxInputBytes, maxLineLength, maxFiches, maxSousActions, maxIndicators,
          maxMeasurements, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, maxDocumentLength);
    }
  }
}
