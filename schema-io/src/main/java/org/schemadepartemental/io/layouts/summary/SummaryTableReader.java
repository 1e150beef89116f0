package org.schemadepartemental.io.layouts.summary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Departement;
import org.schemadepartemental.core.Departements;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Ids;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.OrientationKind;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.core.calendar.CalendarParser;
import org.schemadepartemental.io.spi.support.AbstractDocumentReader;
import org.schemadepartemental.io.spi.support.ActorNames;
import org.schemadepartemental.io.spi.support.DocumentContext;
import org.schemadepartemental.io.spi.support.DocumentFacts;
import org.schemadepartemental.io.spi.support.HtmlFragments;
import org.schemadepartemental.io.spi.support.IndicatorTexts;
import org.schemadepartemental.io.spi.support.LabelVocabulary;
import org.schemadepartemental.io.spi.support.MarkdownTables;
import org.schemadepartemental.io.spi.support.NoiseKind;
import org.schemadepartemental.io.spi.support.PageNoise;
import org.schemadepartemental.io.spi.support.PlacementTracker;
import org.schemadepartemental.io.spi.support.RunTogetherSplitter;
import org.schemadepartemental.io.spi.support.SourceLine;
import org.schemadepartemental.io.spi.support.TextDocument;
import org.schemadepartemental.io.spi.support.TextFolding;

/**
 * Reads layout 1, the summary table of a plan: Markdown tables of axis / fiche / sous-actions /
 * calendar, with section rows ("AXES TRANSVERSAUX", "AXES STRATÉGIQUES") that set the axis kind.
 *
 * <p>General rules, none tied to one document: columns are recognised by meaning ("FICHES
 * ACTIONS", "Actions", "Sous-actions", "Calendrier", "Échéance"…), also pilots, partners and
 * indicators when a table has them; an axis title repeated on consecutive rows is the same axis;
 * a row whose fiche number sits left of the fiche column is shifted right, and so are the
 * continuation rows of a numbered table whose text sits in the fiche column; a fiche printed on a
 * single row whose sous-action cell holds several run-together sentences is split where a
 * capitalised infinitive follows a lower-case word; HTML tags in cells are dropped. A fiche row's
 * calendar is the fiche's; when the fiche's other rows have calendars of their own, it is also the
 * first sous-action's. Lines "Département : …", "Période : …" and "Identifiant : …" (as the
 * Markdown writer prints them) give the plan's metadata; the options win over them.
 */
final class SummaryTableReader extends AbstractDocumentReader {

  enum Column { AXIS, FICHE, SOUS_ACTION, CALENDAR, PILOT, PARTNER, INDICATOR }

  static final LabelVocabulary<Column> HEADERS = LabelVocabulary.<Column>builder()
      .add(Column.AXIS, "axe", "axes transversaux", "axes strategiques", "orientation", "orientations strategiques",
          "thematique", "enjeu", "priorite")
      .add(Column.FICHE, "fiche", "fiche action", "fiches actions", "action", "fa", "intitule de l action")
      .add(Column.SOUS_ACTION, "sous action", "declinaison", "declinaison operationnelle", "action a mener",
          "modalite de mise en oeuvre")
      .add(Column.CALENDAR, "calendrier", "calendrier de mise en oeuvre", "echeance", "echeancier", "delai",
          "delai de mise en oeuvre", "periode", "date", "planning", "calendrier previsionnel")
      .add(Column.PILOT, "pilote", "pilotage", "porteur", "responsable", "pilote de l action")
      .add(Column.PARTNER, "partenaire", "partenaires associe", "partenariat")
      .add(Column.INDICATOR, "indicateur", "indicateurs de suivi", "indicateur d evaluation", "evaluation")
      .build();

  /** The page-noise scanner of this layout (column labels are never page headers), made once. */
  private static final PageNoise NOISE = PageNoise.scanner(3, 80, s -> HEADERS.match(s).isPresent());

  private static final Pattern FICHE_NUMBER = Pattern.compile(
      "(?isu)^((?:(?:fiche(?:[- ]?action)?|fa|action)\\s*(?:n\\s*[°o]\\.?\\s*)?)?\\d{1,3}(?:\\s*bis)?)"
          + "(?:\\s*+[.):–—-]\\s*+|\\s++(?=[\\p{Lu}(«\"]))(\\S.*)$");
  /** An axis cell with its code: "Axe 2 : title", "T1 : title", "3. title". */
  private static final Pattern AXIS_CODE = Pattern.compile(
      "(?isu)^((?:axe|orientation)\\s+[\\p{L}\\d]{1,6}(?:\\s+bis)?|\\p{Lu}{0,3}\\d{1,2}(?:\\s*bis)?)\\s*(?::|–|—|-|\\.|\\))\\s+(\\S.*)$");
  /** A heading naming an axis outside the table: "## Axe 2 : title". */
  private static final Pattern AXIS_HEADING = Pattern.compile(
      "(?iu)^((?:axe|orientation)\\s+[\\p{L}\\d]{1,6}(?:\\s+bis)?)\\s*(?::|–|—|-|\\.)\\s+(\\S.*)$");
  /** A metadata line; its value is cleaned by {@link #metadataValue} (a lazy {@code (.+?)\\s*$} is quadratic). */
  private static final Pattern METADATA = Pattern.compile(
      "(?iu)^\\s*+(?:[-*+]\\s++)?(?:\\*\\*)?(departement|département|periode|période|identifiant)(?:\\*\\*)?\\s*+:(.*)$");
  private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s+(.*)$");
  private static final Pattern CODE_IN_PARENS = Pattern.compile("\\(([0-9]{2,3}|2[AB])\\)\\s*$");
  private static final Pattern DIRECTORY = Pattern.compile("^.*[/\\\\]");
  private static final Pattern EXTENSION = Pattern.compile("\\.[^.]*$");
  private static final Pattern WHITE_SPACE_RUN = Pattern.compile("\\s+");
  private static final Pattern NON_DIGITS = Pattern.compile("\\D");

  /**
   * A cell's text: tags dropped ({@code <br>} kept as a line break), runs of white space made
   * one space, then entities decoded, so that an escaped tab or no-break space survives.
   */
  static String decodeCell(String raw) {
    return HtmlFragments.toTextWithBreaks(raw);
  }

  @Override
  protected String expectedLayout() {
    return "a summary table (axis | fiche | sous-actions | calendar)";
  }

  @Override
  protected Schema read(DocumentContext context) {
    return new Pass(context).run();
  }

  /** The state of one read. */
  private static final class Pass {
    final DocumentContext ctx;
    final TextDocument doc;
    final PlacementTracker placement;
    final NoiseKind[] noise;
    final List<Orientation.Builder> axes = new ArrayList<>();
    final Map<OrientationKind, Integer> axisCounters = new EnumMap<>(OrientationKind.class);
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    OrientationKind kind = OrientationKind.UNSPECIFIED;
    Orientation.Builder axis;
    String axisTitleKey;
    FicheDraft fiche;
    Boolean numbered;
    int autoNumber;
    String title;
    Optional<Departement> departement = Optional.empty();
    Optional<YearRange> period = Optional.empty();
    Optional<String> planId = Optional.empty();
    boolean tableSeen;

    Pass(DocumentContext ctx) {
      this.ctx = ctx;
      this.doc = ctx.document();
      this.placement = ctx.placement();
      this.noise = NOISE.scan(doc);
    }

    Schema run() {
      for (SourceLine line : doc.lines()) {
        ctx.at(line.number());
        if (line.isBlank()) {
          continue;
        }
        if (MarkdownTables.isRow(line.text())) {
          tableRow(line);
        } else {
          textLine(line);
        }
      }
      closeFiche();
      String planTitle = title != null ? title : defaultTitle();
      Optional<Departement> d = ctx.departement(departement.or(() -> DocumentFacts.findDepartement(doc)));
      Optional<YearRange> p = ctx.period(period.or(() -> DocumentFacts.findPeriod(planTitle)));
      String id = ctx.options().planId().orElse(planId.orElse(ctx.planId(d, p, planTitle)));
      Schema.Builder schema = Schema.builder(id, planTitle)
          .location(doc.sourceLocation(1, Math.max(1, doc.lineCount())));
      d.ifPresent(schema::departement);
      p.ifPresent(schema::period);
      for (Orientation.Builder a : axes) {
        schema.addOrientation(a.build());
      }
      if (axes.isEmpty()) {
        ctx.warn("summary.no-table", 1, "no summary table of axes and fiches was found");
      }
      return schema.build();
    }

    private String defaultTitle() {
      String name = EXTENSION.matcher(DIRECTORY.matcher(doc.source()).replaceAll("")).replaceAll("");
      return name.isBlank() ? "Plan" : name;
    }

    private void textLine(SourceLine line) {
      String text = line.stripped();
      Matcher meta = METADATA.matcher(text);
      String metaValue = meta.matches() ? metadataValue(meta.group(2)) : "";
      if (!metaValue.isEmpty() && metadata(line, TextFolding.fold(meta.group(1)), decodeCell(MarkdownTables.unescape(metaValue)))) {
        placement.placed(line.number());
        return;
      }
      Matcher heading = HEADING.matcher(text);
      String content = decodeCell(MarkdownTables.unescape(heading.matches() ? heading.group(1) : text)).replace('\n', ' ');
      if (content.startsWith("**") && content.endsWith("**") && content.length() > 4) {
        content = content.substring(2, content.length() - 2).strip();
      }
      Matcher axisHeading = AXIS_HEADING.matcher(content);
      if (axisHeading.matches() && (!tableSeen || !columns.containsKey(Column.AXIS))) {
        startAxis(axisHeading.group(1), axisHeading.group(2), line.number());
        placement.placed(line.number());
        return;
      }
      NoiseKind k = noise[line.number()];
      if (k != null) {
        placement.noise(line.number(), k);
        return;
      }
      if (title == null && !tableSeen && !content.isEmpty()) {
        title = content;
        placement.placed(line.number());
      }
      // Anything else (prose around the table) is left unplaced and listed in the report.
    }

    /** The value after "Période :", without the spaces and the bold mark before it and the spaces after. */
    private static String metadataValue(String raw) {
      String value = TextFolding.trimEnds(raw, TextFolding::isAsciiSpace);
      if (value.startsWith("**")) {
        value = TextFolding.trimEnds(value.substring(2), TextFolding::isAsciiSpace);
      }
      return value;
    }

    private boolean metadata(SourceLine line, String key, String value) {
      switch (key) {
        case "departement" -> {
          Matcher code = CODE_IN_PARENS.matcher(value);
          Optional<Departement> d = code.find() ? Departements.byCode(code.group(1))
              : Departements.byName(value);
          if (d.isEmpty()) {
            ctx.warn("summary.unknown-departement", line.number(), "unknown département '" + value + "'");
            return false;
          }
          departement = d;
          return true;
        }
        case "periode" -> {
          try {
            period = Optional.of(YearRange.parse(value));
            return true;
          } catch (IllegalArgumentException e) {
            ctx.warn("summary.bad-period", line.number(), "period '" + value + "' is not a year range such as 2017-2021");
            return false;
          }
        }
        default -> {
          if (value.isBlank()) {
            return false;
          }
          planId = Optional.of(value.strip());
          return true;
        }
      }
    }

    private void tableRow(SourceLine line) {
      tableSeen = true;
      if (MarkdownTables.isDelimiterRow(line.text())) {
        placement.noise(line.number(), NoiseKind.SEPARATOR);
        return;
      }
      List<SourceLine.Cell> cells = MarkdownTables.splitRowWithOffsets(line.text());
      if (headerRow(cells)) {
        placement.placed(line.number());
        return;
      }
      if (columns.isEmpty()) {
        ctx.warn("summary.no-header", line.number(), "table row before any header row naming the columns");
        return;
      }
      dataRow(line, cells);
    }

    /** A header or section row: every non-blank cell is a column label. */
    private boolean headerRow(List<SourceLine.Cell> cells) {
      Map<Column, Integer> found = new EnumMap<>(Column.class);
      int labels = 0;
      OrientationKind rowKind = null;
      for (int i = 0; i < cells.size(); i++) {
        String text = HtmlFragments.stripTags(cells.get(i).text());
        if (text.isEmpty()) {
          continue;
        }
        Optional<Column> c = headerLabel(text);
        if (c.isEmpty() || found.containsKey(c.get())) {
          return false;
        }
        found.put(c.get(), i);
        labels++;
        if (c.get() == Column.AXIS) {
          rowKind = kindOf(text);
        }
      }
      boolean header = labels >= 2 || labels == 1 && found.containsKey(Column.AXIS) && rowKind != null;
      if (!header) {
        return false;
      }
      if (labels >= 2) {
        columns = found;
      }
      kind = rowKind == null ? OrientationKind.UNSPECIFIED : rowKind;
      return true;
    }

    /**
     * The column a header cell names: a known label exactly, or a short label without digits that
     * contains one ("CALENDRIER DE MISE EN ŒUVRE 2019-2023" is data, "Échéance prévue" a label).
     */
    private static Optional<Column> headerLabel(String text) {
      // The cell's words folded once for the three tests (the vocabulary strips tags again, as it always did).
      String again = HtmlFragments.stripTags(text);
      List<String> words = LabelVocabulary.words(again);
      Optional<Column> exact = HEADERS.matchWordsExactly(words);
      if (exact.isPresent()) {
        return exact;
      }
      boolean labelLike = !TextFolding.containsDigit(text)
          && (again.equals(text) ? words : LabelVocabulary.words(text)).size() <= 6;
      return labelLike ? HEADERS.matchWords(words) : Optional.empty();
    }

    private static OrientationKind kindOf(String label) {
      String f = TextFolding.fold(label);
      if (f.contains("transvers")) {
        return OrientationKind.TRANSVERSAL;
      }
      if (f.contains("strateg")) {
        return OrientationKind.STRATEGIC;
      }
      if (f.contains("territor")) {
        return OrientationKind.TERRITORIAL;
      }
      return null;
    }

    private void dataRow(SourceLine line, List<SourceLine.Cell> raw) {
      List<SourceLine.Cell> cells = new ArrayList<>(raw);
      int ficheCol = columns.getOrDefault(Column.FICHE, -1);
      int saCol = columns.getOrDefault(Column.SOUS_ACTION, -1);
      if (ficheCol >= 0) {
        int found = -1;
        for (int i = 0; i < Math.min(cells.size(), ficheCol); i++) {
          if (FICHE_NUMBER.matcher(clean(cells.get(i).text())).matches()) {
            found = i;
            break;
          }
        }
        boolean ficheCellIsFiche = ficheCol < cells.size()
            && FICHE_NUMBER.matcher(clean(cells.get(ficheCol).text())).matches();
        if (found >= 0 && !ficheCellIsFiche && !cellEmpty(cells, found + 1)) {
          shift(cells, found, ficheCol - found);
        } else if (found < 0 && saCol > ficheCol && fiche != null && Boolean.TRUE.equals(numbered)
            && !cellEmpty(cells, ficheCol) && cellEmpty(cells, saCol)
            && !FICHE_NUMBER.matcher(clean(cells.get(ficheCol).text())).matches()) {
          shift(cells, ficheCol, saCol - ficheCol);
        }
      }
      List<SourceLine.Cell> used = new ArrayList<>();
      String axisText = cell(cells, Column.AXIS, used);
      String ficheText = cell(cells, Column.FICHE, used);
      String saText = cellWithBreaks(cells, Column.SOUS_ACTION, used);
      String calendarText = cell(cells, Column.CALENDAR, used);
      if (!axisText.isEmpty()) {
        Matcher code = AXIS_CODE.matcher(axisText);
        String axisTitle = code.matches() ? code.group(2) : axisText;
        if (axis == null || !TextFolding.foldWords(axisTitle).equals(axisTitleKey)
            || code.matches() && !code.group(1).equals(axisCode())) {
          startAxis(code.matches() ? code.group(1) : null, axisTitle, line.number());
        }
      }
      if (!ficheText.isEmpty()) {
        if (axis == null) {
          startAxis(null, title != null ? title : defaultTitle(), line.number());
        }
        closeFiche();
        Matcher m = FICHE_NUMBER.matcher(ficheText);
        String number;
        String ficheTitle;
        if (m.matches()) {
          number = WHITE_SPACE_RUN.matcher(m.group(1)).replaceAll(" ");
          ficheTitle = m.group(2);
          numbered = numbered == null ? Boolean.TRUE : numbered;
        } else {
          numbered = numbered == null ? Boolean.FALSE : numbered;
          number = Integer.toString(++autoNumber);
          ficheTitle = ficheText;
          ctx.info("summary.unnumbered-fiche", line.number(), "fiche without a number, numbered " + number);
        }
        if (m.matches()) {
          try {
            autoNumber = Math.max(autoNumber, Integer.parseInt(NON_DIGITS.matcher(number).replaceAll("")));
          } catch (NumberFormatException e) {
            // a number like "12 bis" does not move the automatic numbering
          }
        }
        fiche = new FicheDraft(number, ficheTitle, line.number());
        fiche.calendarText = calendarText;
        fiche.firstSousAction = saText;
        extras(cells, used, line.number());
      } else if (fiche != null) {
        fiche.lastLine = line.number();
        if (!saText.isEmpty()) {
          fiche.rows.add(new RowDraft(saText, calendarText, line.number()));
        } else if (!calendarText.isEmpty()) {
          if (!fiche.rows.isEmpty() && fiche.rows.get(fiche.rows.size() - 1).calendar.isEmpty()) {
            RowDraft last = fiche.rows.remove(fiche.rows.size() - 1);
            fiche.rows.add(new RowDraft(last.title, calendarText, last.line));
          } else if (fiche.calendarText.isEmpty()) {
            fiche.calendarText = calendarText;
          }
        }
        extras(cells, used, line.number());
      } else if (!saText.isEmpty() || !calendarText.isEmpty()) {
        ctx.warn("summary.orphan-row", line.number(), "sous-action or calendar outside any fiche");
        used.removeIf(c -> c.text().equals(saText) || c.text().equals(calendarText));
      }
      markRow(line, raw, used);
    }

    private void extras(List<SourceLine.Cell> cells, List<SourceLine.Cell> used, int lineNumber) {
      String pilots = cell(cells, Column.PILOT, used);
      String partners = cell(cells, Column.PARTNER, used);
      String indicators = cellWithBreaks(cells, Column.INDICATOR, used);
      if (!pilots.isEmpty()) {
        fiche.pilots.add(pilots);
      }
      if (!partners.isEmpty()) {
        fiche.partners.add(partners);
      }
      if (!indicators.isEmpty()) {
        fiche.indicators.add(indicators);
      }
    }

    private String axisCode() {
      return axis == null ? null : axis.build().code();
    }

    /** Marks the row's pipes and used cells placed; unused non-blank cells stay unplaced. */
    private void markRow(SourceLine line, List<SourceLine.Cell> raw, List<SourceLine.Cell> used) {
      String text = line.text();
      boolean allUsed = true;
      for (SourceLine.Cell c : raw) {
        if (!c.text().isBlank() && !used.contains(c)) {
          allUsed = false;
        }
      }
      if (allUsed) {
        placement.placed(line.number());
        return;
      }
      for (SourceLine.Cell c : raw) {
        if (used.contains(c)) {
          placement.placed(line.number(), c.offset(), rawEnd(text, c.offset()));
        }
      }
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '|') {
          placement.placed(line.number(), i, i + 1);
        }
      }
    }

    private static int rawEnd(String text, int from) {
      for (int i = from; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\\' && i + 1 < text.length()) {
          i++;
        } else if (c == '|') {
          return i;
        }
      }
      return text.length();
    }

    private void startAxis(String code, String axisTitle, int lineNumber) {
      closeFiche();
      String key = TextFolding.foldWords(axisTitle);
      int n = axisCounters.merge(kind, 1, Integer::sum);
      String c = code != null ? code : switch (kind) {
        case TRANSVERSAL -> "T" + n;
        case STRATEGIC -> "S" + n;
        case TERRITORIAL -> "TER" + n;
        case UNSPECIFIED -> Integer.toString(axes.size() + 1);
      };
      axis = Orientation.builder(c, axisTitle).kind(kind).location(doc.sourceLocation(lineNumber, lineNumber));
      axisTitleKey = key;
      axes.add(axis);
    }

    private void closeFiche() {
      if (fiche == null) {
        return;
      }
      FicheDraft f = fiche;
      fiche = null;
      ctx.at(f.firstLine);
      Fiche.Builder b = Fiche.builder(f.number, f.title)
          .location(doc.sourceLocation(f.firstLine, Math.max(f.firstLine, f.lastLine)));
      CalendarParser parser = CalendarParser.standard();
      ActionCalendar ficheCalendar = parser.parse(f.calendarText);
      b.calendar(ficheCalendar);
      boolean rowsHaveCalendars = f.rows.stream().anyMatch(r -> !r.calendar.isEmpty());
      int count = 0;
      if (!f.firstSousAction.isEmpty()) {
        List<String> parts = f.rows.isEmpty() ? RunTogetherSplitter.split(f.firstSousAction) : List.of(f.firstSousAction);
        if (parts.size() > 1) {
          ctx.info("summary.split-sous-actions", f.firstLine,
              "fiche " + f.number + ": " + parts.size() + " sous-actions run together in one cell, split");
        }
        for (String part : parts) {
          b.addSousAction(new SousAction(Ids.sousAction(b.id(), ++count), part,
              rowsHaveCalendars ? ficheCalendar : ActionCalendar.none(), Optional.empty(),
              Optional.of(doc.sourceLocation(f.firstLine, f.firstLine))));
        }
      }
      for (RowDraft r : f.rows) {
        SousAction sa = new SousAction(Ids.sousAction(b.id(), ++count), r.title,
            parser.parse(r.calendar), Optional.empty(), Optional.of(doc.sourceLocation(r.line, r.line)));
        b.addSousAction(sa);
      }
      ActorNames actors = ActorNames.builtIn();
      f.pilots.forEach(p -> actors.actors(p).forEach(b::addPilot));
      f.partners.forEach(p -> actors.actors(p).forEach(b::addPartner));
      int i = 0;
      for (String cellText : f.indicators) {
        for (String label : cellText.split("\n")) {
          if (label.isBlank()) {
            continue;
          }
          String id = Ids.indicator(b.id(), ++i);
          b.addIndicator(Indicator.builder(id, label.strip())
              .measureType(IndicatorTexts.measureType(label))
              .direction(IndicatorTexts.direction(label))
              .location(doc.sourceLocation(f.firstLine, f.firstLine))
              .build());
        }
      }
      axis.addFiche(b.build());
    }

    private String cell(List<SourceLine.Cell> cells, Column column, List<SourceLine.Cell> used) {
      return cellWithBreaks(cells, column, used);
    }

    private String cellWithBreaks(List<SourceLine.Cell> cells, Column column, List<SourceLine.Cell> used) {
      Integer i = columns.get(column);
      if (i == null || i >= cells.size()) {
        return "";
      }
      SourceLine.Cell c = cells.get(i);
      String text = decodeCell(c.text());
      if (!text.isEmpty()) {
        used.add(c);
      }
      return text;
    }

    private static boolean cellEmpty(List<SourceLine.Cell> cells, int i) {
      return i < 0 || i >= cells.size() || HtmlFragments.stripTags(cells.get(i).text()).isEmpty();
    }

    private static String clean(String cell) {
      return HtmlFragments.stripTags(cell);
    }

    private static void shift(List<SourceLine.Cell> cells, int at, int by) {
      int offset = at < cells.size() ? cells.get(at).offset() : 0;
      for (int k = 0; k < by; k++) {
        cells.add(at, new SourceLine.Cell("", offset));
      }
    }
  }

  /** A fiche being read: its first row, then its continuation rows. */
  private static final class FicheDraft {
    final String number;
    final String title;
    final int firstLine;
    int lastLine;
    String calendarText = "";
    String firstSousAction = "";
    final List<RowDraft> rows = new ArrayList<>();
    final List<String> pilots = new ArrayList<>();
    final List<String> partners = new ArrayList<>();
    final List<String> indicators = new ArrayList<>();

    FicheDraft(String number, String title, int firstLine) {
      this.number = number;
      this.title = title;
      this.firstLine = firstLine;
      this.lastLine = firstLine;
    }
  }

  private record RowDraft(String title, String calendar, int line) {}
}
