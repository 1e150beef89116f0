package org.schemadepartemental.io;

import java.util.Objects;
import org.schemadepartemental.io.spi.FormatProvider;

/**
 * How well a format recognises a file, from {@link FormatRegistry#rank}.
 *
 * @param format the format
 * @param score its {@linkplain FormatProvider#sniff sniff} score, 0 to 1
 */
public record FormatMatch(FormatProvider format, double score) {

  /** Checks the score. */
  public FormatMatch {
    Objects.requireNonNull(format, "format");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be within 0..1, got " + score);
    }
  }

  @Override
  public String toString() {
    return format.id() + " (" + score + ")";
  }
}
