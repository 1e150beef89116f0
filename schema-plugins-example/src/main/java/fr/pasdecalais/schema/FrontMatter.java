package fr.pasdecalais.schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.schemadepartemental.core.CommitteeMeeting;
import org.schemadepartemental.core.text.FrenchDates;
import org.schemadepartemental.io.spi.support.DocumentContext;
import org.schemadepartemental.io.spi.support.NoiseKind;
import org.schemadepartemental.io.spi.support.SourceLine;
import org.schemadepartemental.io.spi.support.TextFolding;

/**
 * The part before the territorial axes: the preamble and introductions (kept as the review's
 * notes), the table of the territorial committees ("TERRITOIRE / DATE RETENUE / LIEU", one cell
 * per line or per tab) giving the territories and their meetings, and the list of the axes
 * ("Axe 1: Projets en direction de la petite enfance…") giving the territorial orientations.
 */
final class FrontMatter {
  private final ReviewDraft draft;
  private final DocumentContext ctx;
  private final Noise noise;

  FrontMatter(ReviewDraft draft, Noise noise) {
    this.draft = draft;
    this.ctx = draft.context;
    this.noise = noise;
  }

  /** Reads lines {@code from} to {@code to} (inclusive). */
  void read(int from, int to) {
    for (int n = from; n <= to; n++) {
      SourceLine line = ctx.document().line(n);
      ctx.at(n);
      String s = ReviewText.clean(line.text());
      if (s.isEmpty() || noise.skip(n)) {
        continue;
      }
      if (isTableHeader(n, to)) {
        n = readCommitteeTable(n, to);
        continue;
      }
      Matcher axis = ReviewText.AXIS.matcher(s);
      if (axis.matches() && axis.group(2) != null && !axis.group(2).isBlank()) {
        draft.territorialAxis(Integer.parseInt(axis.group(1)), axis.group(2).strip(), n);
        ctx.placement().placed(n);
        continue;
      }
      ctx.placement().placed(n);
      if (ReviewText.isAllCaps(s) && nextNonBlank(n, to).filter(k -> isTableHeader(k, to)).isPresent()) {
        continue; // the table's title ("PROGRAMMATION DES COMITES TERRITORIAUX"): the table says it all
      }
      draft.reviewNotes.add(line.text());
    }
  }

  private Optional<Integer> nextNonBlank(int n, int to) {
    for (int k = n + 1; k <= to; k++) {
      if (!ReviewText.clean(ctx.document().line(k).text()).isEmpty()) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** "TERRITOIRE" with "DATE" and "LIEU" among the next cells. */
  private boolean isTableHeader(int n, int to) {
    List<String> cells = new ArrayList<>();
    for (int k = n; k <= Math.min(to, n + 6) && cells.size() < 3; k++) {
      for (SourceLine.Cell c : ctx.document().line(k).cells()) {
        if (!c.isBlank()) {
          cells.add(TextFolding.foldWords(c.text()));
        }
      }
    }
    return cells.size() == 3 && cells.get(0).equals("territoire") && cells.get(1).startsWith("date")
        && cells.get(2).startsWith("lieu");
  }

  /**
   * Reads the header and the rows (name, date, place), which run as long as lines start with a
   * tab or are blank. Returns the last line of the table.
   */
  private int readCommitteeTable(int headerLine, int to) {
    List<String> cells = new ArrayList<>();
    List<Integer> cellLines = new ArrayList<>();
    int n = headerLine;
    int last = headerLine;
    for (; n <= to; n++) {
      String text = ctx.document().line(n).text();
      if (ReviewText.clean(text).isEmpty()) {
        continue;
      }
      if (n > headerLine && text.indexOf('\t') < 0) {
        break;
      }
      ctx.at(n);
      for (SourceLine.Cell c : ctx.document().line(n).cells()) {
        if (!c.isBlank()) {
          cells.add(ReviewText.clean(c.text()));
          cellLines.add(n);
        }
      }
      ctx.placement().placed(n);
      last = n;
    }
    // The first three cells are the header.
    for (int i = 3; i < cells.size(); i += 3) {
      if (i + 2 >= cells.size()) {
        int line = cellLines.get(i);
        ctx.warn("pas-de-calais.committee-row", line, "incomplete committee row: " + cells.subList(i, cells.size())
            + " (expected territory, date and place)");
        draft.territoryOrNew(cells.get(i), line);
        break;
      }
      String name = cells.get(i);
      String dateText = cells.get(i + 1);
      String place = cells.get(i + 2);
      int first = cellLines.get(i);
      int lastLine = cellLines.get(i + 2);
      Optional<LocalDate> date = FrenchDates.parse(dateText);
      if (date.isEmpty()) {
        ctx.warn("pas-de-calais.committee-date", cellLines.get(i + 1),
            "committee date '" + dateText + "' of " + name + " not read (expected a date such as '18 octobre 2012')");
      }
      ReviewDraft.TerritoryDraft territory = draft.territoryOrNew(name, first);
      territory.lastLine = Math.max(territory.lastLine, lastLine);
      territory.meetings.add(new CommitteeMeeting(date, Optional.of(dateText), Optional.of(place),
          Optional.of(draft.location(first, lastLine))));
    }
    return last;
  }

  /** Noise kinds of the document's lines, so that every part skips the same ones. */
  static final class Noise {
    private final DocumentContext ctx;
    private final NoiseKind[] kinds;

    Noise(DocumentContext ctx, NoiseKind[] kinds) {
      this.ctx = ctx;
      this.kinds = kinds;
    }

    /** Whether line {@code n} is noise; if so it is marked as such. */
    boolean skip(int n) {
      String s = ReviewText.clean(ctx.document().line(n).text());
      NoiseKind kind = kinds[n];
      if (kind == null && ReviewText.IMAGE.matcher(s).matches()) {
        kind = NoiseKind.STRAY;
      }
      if (kind == null) {
        return false;
      }
      ctx.placement().noise(n, kind);
      return true;
    }
  }
}
