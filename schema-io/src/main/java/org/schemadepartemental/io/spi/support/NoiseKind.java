package org.schemadepartemental.io.spi.support;

/** Why a piece of a document is layout noise rather than content. */
public enum NoiseKind {
  /** A page header or footer repeated through the document ("SCHÉMA ENFANCE FAMILLE"). */
  PAGE_HEADER,
  /** A page number, alone or in a run ("29 28", "- 12 -", "Page 3"). */
  PAGE_NUMBER,
  /** A table-of-contents line ("Orientation 1 ...... p.4"). */
  TABLE_OF_CONTENTS,
  /** A separator line ({@code *****}, {@code -----}, a Markdown table's delimiter row). */
  SEPARATOR,
  /** A date stamped on every page ("décembre 2017"). */
  DATE_STAMP,
  /** A block printed again (a grid or a list already read, a repeated table header). */
  REPEATED_BLOCK,
  /** Stray characters left by the extraction (an encoded string, control characters). */
  STRAY
}
