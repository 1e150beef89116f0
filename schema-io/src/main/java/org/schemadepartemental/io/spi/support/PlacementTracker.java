package org.schemadepartemental.io.spi.support;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.schemadepartemental.io.PlacementReport;
import org.schemadepartemental.io.PlacementReport.UnplacedText;

/**
 * Records, line by line or by character span, what a reader did with each piece of a document:
 * placed in the model, classified as noise, or neither; then builds the {@link PlacementReport}
 * (counts of non-blank characters, and every unplaced piece with its line and column).
 *
 * <p>Placed wins over noise where marks overlap. Building the report takes time linear in the
 * size of the document and of the spans marked. Not thread-safe: one tracker per read.
 */
public final class PlacementTracker {
  private static final byte NONE = 0;
  private static final byte NOISE = 1;
  private static final byte PLACED = 2;

  private final TextDocument document;
  private final byte[] lineStatus;
  private final NoiseKind[] lineNoise;
  private final List<List<Span>> spans;

  private record Span(int from, int to, byte status, NoiseKind kind) {}

  /** A tracker with nothing marked. */
  public PlacementTracker(TextDocument document) {
    this.document = Objects.requireNonNull(document, "document");
    int n = document.lineCount();
    this.lineStatus = new byte[n + 1];
    this.lineNoise = new NoiseKind[n + 1];
    this.spans = new ArrayList<>(n + 1);
    for (int i = 0; i <= n; i++) {
      spans.add(null);
    }
  }

  /** The document tracked. */
  public TextDocument document() {
    return document;
  }

  /** Marks a whole line as placed in the model. */
  public void placed(int line) {
    check(line);
    lineStatus[line] = PLACED;
  }

  /** Marks lines {@code first} to {@code last} (inclusive) as placed. */
  public void placedLines(int first, int last) {
    for (int l = first; l <= last; l++) {
      placed(l);
    }
  }

  /** Marks characters {@code [from, to)} (0-based offsets in the line) as placed. */
  public void placed(int line, int from, int to) {
    addSpan(line, from, to, PLACED, null);
  }

  /** Marks a whole line as noise, unless it is already placed. */
  public void noise(int line, NoiseKind kind) {
    check(line);
    Objects.requireNonNull(kind, "kind");
    if (lineStatus[line] != PLACED) {
      lineStatus[line] = NOISE;
      lineNoise[line] = kind;
    }
  }

  /** Marks characters {@code [from, to)} of a line as noise. */
  public void noise(int line, int from, int to, NoiseKind kind) {
    addSpan(line, from, to, NOISE, Objects.requireNonNull(kind, "kind"));
  }

  /** Whether every non-blank character of the line is placed or noise so far. */
  public boolean isAccounted(int line) {
    check(line);
    if (lineStatus[line] != NONE) {
      return true;
    }
    String text = document.line(line).text();
    byte[] status = paint(line, text.length());
    for (int i = 0; i < text.length(); i++) {
      if (status[i] == NONE && !TextFolding.isBlank(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether anything of the line is marked (placed or noise). */
  public boolean isMarked(int line) {
    check(line);
    return lineStatus[line] != NONE || spans.get(line) != null;
  }

  /** The report: counts of non-blank characters and every unplaced piece. */
  public PlacementReport report() {
    long total = 0;
    long placed = 0;
    long noise = 0;
    List<UnplacedText> unplaced = new ArrayList<>();
    for (SourceLine line : document.lines()) {
      String text = line.text();
      int n = line.number();
      if (spans.get(n) == null) {
        int count = TextFolding.nonBlankLength(text);
        total += count;
        if (lineStatus[n] == PLACED) {
          placed += count;
        } else if (lineStatus[n] == NOISE) {
          noise += count;
        } else if (count > 0) {
          unplaced.add(new UnplacedText(document.location(n), text.strip()));
        }
        continue;
      }
      byte[] status = paint(n, text.length());
      int runStart = -1;
      for (int i = 0; i <= text.length(); i++) {
        boolean end = i == text.length();
        char c = end ? ' ' : text.charAt(i);
        if (!end && !TextFolding.isBlank(c)) {
          total++;
          if (status[i] == PLACED) {
            placed++;
          } else if (status[i] == NOISE) {
            noise++;
          }
        }
        boolean open = !end && status[i] == NONE;
        if (open && runStart < 0 && !TextFolding.isBlank(c)) {
          runStart = i;
        } else if (!open && runStart >= 0) {
          String piece = text.substring(runStart, i).strip();
          if (!piece.isEmpty()) {
            unplaced.add(new UnplacedText(document.location(n, runStart + 1), piece));
          }
          runStart = -1;
        }
      }
    }
    return new PlacementReport(document.source(), total, placed, noise, unplaced);
  }

  /** Non-blank characters classified as noise, by kind (for diagnostics and tests). */
  public Map<NoiseKind, Long> noiseByKind() {
    Map<NoiseKind, Long> counts = new EnumMap<>(NoiseKind.class);
    for (SourceLine line : document.lines()) {
      int n = line.number();
      String text = line.text();
      if (spans.get(n) == null) {
        if (lineStatus[n] == NOISE) {
          counts.merge(lineNoise[n], (long) TextFolding.nonBlankLength(text), Long::sum);
        }
        continue;
      }
      NoiseKind[] kinds = new NoiseKind[text.length()];
      if (lineStatus[n] == NOISE) {
        java.util.Arrays.fill(kinds, lineNoise[n]);
      }
      for (Span s : spans.get(n)) {
        for (int i = s.from; i < s.to; i++) {
          kinds[i] = s.status == NOISE ? (kinds[i] == null ? s.kind : kinds[i]) : null;
        }
      }
      byte[] status = paint(n, text.length());
      for (int i = 0; i < text.length(); i++) {
        if (status[i] == NOISE && kinds[i] != null && !TextFolding.isBlank(text.charAt(i))) {
          counts.merge(kinds[i], 1L, Long::sum);
        }
      }
    }
    return counts;
  }

  private byte[] paint(int line, int length) {
    byte[] status = new byte[length];
    if (lineStatus[line] != NONE) {
      java.util.Arrays.fill(status, lineStatus[line]);
    }
    List<Span> list = spans.get(line);
    if (list != null) {
      for (Span s : list) {
        for (int i = s.from; i < s.to; i++) {
          if (s.status > status[i]) {
            status[i] = s.status;
          }
        }
      }
    }
    return status;
  }

  private void addSpan(int line, int from, int to, byte status, NoiseKind kind) {
    check(line);
    int length = document.line(line).text().length();
    if (from < 0 || to > length || from > to) {
      throw new IndexOutOfBoundsException("span " + from + ".." + to + " outside line " + line + " of length " + length);
    }
    if (from == to) {
      return;
    }
    List<Span> list = spans.get(line);
    if (list == null) {
      list = new ArrayList<>(2);
      spans.set(line, list);
    }
    list.add(new Span(from, to, status, kind));
  }

  private void check(int line) {
    if (line < 1 || line > document.lineCount()) {
      throw new IndexOutOfBoundsException("line " + line + " of " + document.lineCount());
    }
  }
}
