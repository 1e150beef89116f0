package org.schemadepartemental.io;

import java.util.List;
import java.util.Objects;

/**
 * How much of a document an importer placed: every non-blank line either landed in the model,
 * was classified as layout noise (page header, page number, table-of-contents line, repeated
 * block), or is listed as unplaced with its line number. Counts are of non-blank characters.
 *
 * @param source the document name
 * @param totalChars non-blank characters in the document
 * @param placedChars non-blank characters that landed in the model
 * @param noiseChars non-blank characters classified as noise
 * @param unplaced the lines (or parts of lines) that were neither, with their location
 */
public record PlacementReport(
    String source, long totalChars, long placedChars, long noiseChars, List<UnplacedText> unplaced) {

  /** Checks the counts add up. */
  public PlacementReport {
    Objects.requireNonNull(source, "source");
    unplaced = List.copyOf(unplaced);
    if (totalChars < 0 || placedChars < 0 || noiseChars < 0 || placedChars + noiseChars > totalChars) {
      throw new IllegalArgumentException(
          "inconsistent counts: total " + totalChars + ", placed " + placedChars + ", noise " + noiseChars);
    }
  }

  /** Share (0..1) of non-blank characters placed or classified as noise; 1 for an empty document. */
  public double accountedRatio() {
    return totalChars == 0 ? 1.0 : (double) (placedChars + noiseChars) / totalChars;
  }

  /** Non-blank characters neither placed nor noise. */
  public long unplacedChars() {
    return totalChars - placedChars - noiseChars;
  }

  /**
   * A piece of text an importer could not place.
   *
   * @param location where it is
   * @param text the text
   */
  public record UnplacedText(InputLocation location, String text) {
    /** Checks the fields. */
    public UnplacedText {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(text, "text");
    }
  }
}
