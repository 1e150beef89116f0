package org.schemadepartemental.io.spi.support;

import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * A position in a {@link TextDocument}, moving forward line by line. Not thread-safe: a reader
 * makes one per read. When made by {@link DocumentContext#cursor()}, every move tells the context
 * which line is being processed, so an unexpected failure is reported at that line.
 */
public final class LineCursor {
  private final TextDocument document;
  private final IntConsumer onMove;
  private int index;

  LineCursor(TextDocument document) {
    this(document, line -> { });
  }

  LineCursor(TextDocument document, IntConsumer onMove) {
    this.document = document;
    this.onMove = onMove;
  }

  /** Whether a line remains. */
  public boolean hasNext() {
    return index < document.lineCount();
  }

  /** The next line, without moving. */
  public Optional<SourceLine> peek() {
    return hasNext() ? Optional.of(document.lines().get(index)) : Optional.empty();
  }

  /** The next line, moving past it. */
  public SourceLine next() {
    if (!hasNext()) {
      throw new java.util.NoSuchElementException("end of " + document.source());
    }
    SourceLine line = document.lines().get(index++);
    onMove.accept(line.number());
    return line;
  }

  /** The first line from here on that {@code wanted} accepts, without moving. */
  public Optional<SourceLine> peekMatching(Predicate<SourceLine> wanted) {
    for (int i = index; i < document.lineCount(); i++) {
      SourceLine l = document.lines().get(i);
      if (wanted.test(l)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** Moves past blank lines. */
  public void skipBlank() {
    while (hasNext() && document.lines().get(index).isBlank()) {
      index++;
    }
  }

  /** The number of the next line (line count + 1 at the end). */
  public int nextLineNumber() {
    return index + 1;
  }

  /** Moves so that the next line is {@code lineNumber}. */
  public void moveTo(int lineNumber) {
    if (lineNumber < 1 || lineNumber > document.lineCount() + 1) {
      throw new IndexOutOfBoundsException("line " + lineNumber);
    }
    index = lineNumber - 1;
  }
}
