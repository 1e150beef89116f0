package org.schemadepartemental.report.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.indicators.ScheduleStatus;
import org.schemadepartemental.indicators.ScopeLevel;

/**
 * The Gantt chart of one orientation as inline SVG: a row for the orientation, one per fiche and
 * one per sous-action, over the plan's semesters, with a line at the "as of" date. Each row is
 * coloured by the {@code schedule-status} calculator's status and has the status written at its
 * end. A sous-action whose calendar has dates gets exactly one bar (a group of rectangles, one
 * per run of consecutive semesters of a grid); one without dates gets none.
 */
public final class GanttChart {
  static final double WIDTH = 1000;
  static final double LABEL_WIDTH = 380;
  static final double STATUS_WIDTH = 128;
  static final double AXIS_HEIGHT = 36;
  static final double ROW_HEIGHT = 20;
  static final double FOOT_HEIGHT = 20;

  private GanttChart() {}

  /**
   * The years a chart covers: the plan's period, widened to the dated calendars outside it; empty
   * when the plan states no period and no calendar has dates.
   */
  public static Optional<Timeline> timeline(Schema schema) {
    Optional<YearRange> period = schema.period();
    int first = period.map(YearRange::first).orElse(Integer.MAX_VALUE);
    int last = period.map(YearRange::last).orElse(Integer.MIN_VALUE);
    for (Fiche f : schema.fiches()) {
      List<ActionCalendar> calendars = new ArrayList<>();
      calendars.add(f.calendar());
      f.sousActions().forEach(sa -> calendars.add(sa.calendar()));
      for (ActionCalendar c : calendars) {
        Optional<LocalDate> s = c.startDate(period);
        Optional<LocalDate> e = c.endDate(period);
        if (s.isPresent()) {
          first = Math.min(first, s.get().getYear());
          last = Math.max(last, s.get().getYear());
        }
        if (e.isPresent()) {
          first = Math.min(first, e.get().getYear());
          last = Math.max(last, e.get().getYear());
        }
      }
    }
    if (first > last) {
      return Optional.empty();
    }
    return Optional.of(new Timeline(first, last));
  }

  /** The calendar a sous-action is scheduled by: its own, or its fiche's when it has none (as the calculators do). */
  public static ActionCalendar effectiveCalendar(Fiche fiche, SousAction sa) {
    return sa.calendar().form() == CalendarForm.NONE && fiche.calendar().form() != CalendarForm.NONE
        ? fiche.calendar() : sa.calendar();
  }

  /** The legend: each status with its colour and its name. */
  public static void legend(HtmlBuilder h) {
    h.open("ul", "class", "legend", "aria-label", "Légende des statuts");
    for (ScheduleStatus s : ScheduleStatus.values()) {
      h.open("li").empty("span", "class", "swatch st-" + Labels.css(s), "aria-hidden", "true")
          .text(Labels.status(s)).close("li");
    }
    h.close("ul");
  }

  /** Writes the chart of one orientation. */
  public static void render(HtmlBuilder h, Schema schema, Orientation orientation, Results results,
      LocalDate asOf, Timeline timeline, String idPrefix) {
    List<Row> rows = rows(schema, orientation, results, timeline);
    double height = AXIS_HEIGHT + rows.size() * ROW_HEIGHT + FOOT_HEIGHT;
    Map<ScheduleStatus, Long> counts = rows.stream().filter(r -> r.level == Level.SOUS_ACTION)
        .filter(r -> r.status.isPresent())
        .collect(Collectors.groupingBy(r -> r.status.get(), () -> new EnumMap<>(ScheduleStatus.class),
            Collectors.counting()));
    String title = "Calendrier de l'orientation " + orientation.code() + " : " + orientation.title();
    String desc = rows.stream().filter(r -> r.level == Level.SOUS_ACTION).count() + " sous-actions"
        + (counts.isEmpty() ? "" : " : " + counts.entrySet().stream()
            .map(e -> e.getValue() + " " + Labels.status(e.getKey())).collect(Collectors.joining(", ")))
        + ". Semestres de " + timeline.first() + " à " + timeline.last() + " ; ligne verticale : situation au "
        + French.date(asOf) + ".";
    h.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "gantt",
        "viewBox", "0 0 " + HtmlBuilder.num(WIDTH) + " " + HtmlBuilder.num(height),
        "role", "img", "aria-labelledby", idPrefix + "-t " + idPrefix + "-d");
    h.element("title", title, "id", idPrefix + "-t");
    h.element("desc", desc, "id", idPrefix + "-d");
    axis(h, timeline, height);
    double y = AXIS_HEIGHT;
    int i = 0;
    for (Row row : rows) {
      row(h, row, y, i++, timeline);
      y += ROW_HEIGHT;
    }
    asOfLine(h, timeline, asOf, height);
    h.close("svg");
  }

  private static void axis(HtmlBuilder h, Timeline t, double height) {
    double x0 = LABEL_WIDTH;
    double x1 = WIDTH - STATUS_WIDTH;
    h.open("g", "class", "axis");
    h.empty("rect", "x", "0", "y", "0", "width", HtmlBuilder.num(WIDTH), "height", HtmlBuilder.num(AXIS_HEIGHT),
        "class", "axis-bg");
    h.element("text", "Fiche / sous-action", "x", "4", "y", "28", "class", "axis-head");
    h.element("text", "Statut", "x", HtmlBuilder.num(x1 + 8), "y", "28", "class", "axis-head");
    for (int year = t.first(); year <= t.last(); year++) {
      for (int s = 1; s <= 2; s++) {
        CalendarPeriod sem = CalendarPeriod.semester(year, s);
        double a = t.x(sem.startDate());
        double b = t.x(sem.endDate().plusDays(1));
        h.element("text", "S" + s, "x", HtmlBuilder.num((a + b) / 2), "y", "30", "class", "axis-sem");
        h.empty("line", "x1", HtmlBuilder.num(a), "x2", HtmlBuilder.num(a), "y1", s == 1 ? "4" : "20",
            "y2", HtmlBuilder.num(height - FOOT_HEIGHT), "class", s == 1 ? "grid-year" : "grid-sem");
      }
      double a = t.x(LocalDate.of(year, 1, 1));
      double b = t.x(LocalDate.of(year + 1, 1, 1));
      h.element("text", Integer.toString(year), "x", HtmlBuilder.num((a + b) / 2), "y", "15", "class", "axis-year");
    }
    h.empty("line", "x1", HtmlBuilder.num(x1), "x2", HtmlBuilder.num(x1), "y1", "4",
        "y2", HtmlBuilder.num(height - FOOT_HEIGHT), "class", "grid-year");
    h.close("g");
  }

  private static void row(HtmlBuilder h, Row row, double y, int index, Timeline t) {
    String statusLabel = row.status.map(Labels::status).orElse("—");
    h.open("g", "class", "gantt-row " + row.level.css, "data-level", row.level.data, "data-id", row.id,
        "data-status", row.status.map(Enum::name).orElse(""));
    h.element("title", row.fullLabel + " — " + statusLabel + (row.calendarText.isBlank() ? ""
        : " — calendrier : " + row.calendarText.strip()));
    if (index % 2 == 1 || row.level == Level.ORIENTATION) {
      h.empty("rect", "x", "0", "y", HtmlBuilder.num(y), "width", HtmlBuilder.num(WIDTH),
          "height", HtmlBuilder.num(ROW_HEIGHT), "class", row.level == Level.ORIENTATION ? "band-o" : "band");
    }
    double baseline = y + ROW_HEIGHT / 2 + 4;
    h.element("text", row.shortLabel, "x", HtmlBuilder.num(row.level.indent), "y", HtmlBuilder.num(baseline),
        "class", "lbl");
    if (!row.spans.isEmpty()) {
      double barHeight = row.level.barHeight;
      double top = y + (ROW_HEIGHT - barHeight) / 2;
      String fill = row.status.map(Labels::css).orElse("none");
      h.open("g", "class", row.level == Level.SOUS_ACTION || row.ownLine ? "gantt-bar" : "gantt-summary",
          "data-level", row.level.data, "data-id", row.id);
      for (Span s : row.spans) {
        double a = t.x(s.start());
        double b = t.x(s.endExclusive());
        h.empty("rect", "x", HtmlBuilder.num(a + 0.5), "y", HtmlBuilder.num(top),
            "width", HtmlBuilder.num(Math.max(2, b - a - 1)), "height", HtmlBuilder.num(barHeight),
            "rx", "2", "class", "bar st-" + fill);
      }
      h.close("g");
    }
    double sx = WIDTH - STATUS_WIDTH + 8;
    if (row.status.isPresent()) {
      h.empty("rect", "x", HtmlBuilder.num(sx), "y", HtmlBuilder.num(y + 5), "width", "10", "height", "10", "rx", "2",
          "class", "bar st-" + Labels.css(row.status.get()));
    }
    h.element("text", statusLabel, "x", HtmlBuilder.num(sx + 15), "y", HtmlBuilder.num(baseline),
        "class", "st-text" + (row.status.filter(s -> s == ScheduleStatus.LATE).isPresent() ? " st-text-late" : ""));
    h.close("g");
  }

  private static void asOfLine(HtmlBuilder h, Timeline t, LocalDate asOf, double height) {
    LocalDate at = asOf.plusDays(1);
    if (at.isBefore(t.start()) || at.isAfter(t.endExclusive())) {
      h.element("text", "Situation au " + French.date(asOf) + " (hors de la période affichée)", "x", "4",
          "y", HtmlBuilder.num(height - 6), "class", "asof-label");
      return;
    }
    double x = t.x(at);
    h.open("g", "class", "asof");
    h.empty("line", "x1", HtmlBuilder.num(x), "x2", HtmlBuilder.num(x), "y1", "2",
        "y2", HtmlBuilder.num(height - FOOT_HEIGHT + 4), "class", "asof-line");
    boolean right = x > (LABEL_WIDTH + WIDTH - STATUS_WIDTH) / 2;
    h.element("text", "au " + French.date(asOf), "x", HtmlBuilder.num(right ? x - 4 : x + 4),
        "y", HtmlBuilder.num(height - 6), "class", "asof-label", "text-anchor", right ? "end" : "start");
    h.close("g");
  }

  private static List<Row> rows(Schema schema, Orientation orientation, Results results, Timeline t) {
    Optional<YearRange> period = schema.period();
    List<Row> rows = new ArrayList<>();
    // The heading above the chart gives the orientation's title; its row names it short.
    Row oRow = new Row(Level.ORIENTATION, orientation.code(), "Ensemble de l'orientation " + orientation.code(),
        results.status(ScopeLevel.ORIENTATION, orientation.code()), "", false);
    rows.add(oRow);
    List<Span> orientationSpans = new ArrayList<>();
    for (Fiche fiche : orientation.fiches()) {
      Row fRow = new Row(Level.FICHE, fiche.id(), ficheName(fiche) + " : " + fiche.title(),
          results.status(ScopeLevel.FICHE, fiche.id()), fiche.calendar().text(), fiche.sousActions().isEmpty());
      rows.add(fRow);
      List<Span> ficheSpans = new ArrayList<>();
      if (fiche.sousActions().isEmpty()) {
        ficheSpans.addAll(spans(fiche.calendar(), period, t));
        fRow.spans.addAll(ficheSpans);
      }
      for (SousAction sa : fiche.sousActions()) {
        ActionCalendar cal = effectiveCalendar(fiche, sa);
        Row sRow = new Row(Level.SOUS_ACTION, sa.id(), sa.title(), results.status(ScopeLevel.SOUS_ACTION, sa.id()),
            cal.text(), false);
        sRow.spans.addAll(spans(cal, period, t));
        ficheSpans.addAll(sRow.spans);
        rows.add(sRow);
      }
      if (!fiche.sousActions().isEmpty()) {
        extent(ficheSpans).ifPresent(fRow.spans::add);
      }
      orientationSpans.addAll(ficheSpans);
    }
    extent(orientationSpans).ifPresent(oRow.spans::add);
    return rows;
  }

  /** {@code FA 6}, or the number as printed when it already names itself. */
  public static String ficheName(Fiche fiche) {
    return Character.isDigit(fiche.number().charAt(0)) ? "FA " + fiche.number() : fiche.number();
  }

  /** The spans a calendar covers on the timeline: one per run of consecutive marked semesters, or one from start to end. */
  static List<Span> spans(ActionCalendar cal, Optional<YearRange> period, Timeline t) {
    if (!cal.isDated()) {
      return List.of();
    }
    List<Span> out = new ArrayList<>();
    if (cal.form() == CalendarForm.GRID) {
      CalendarPeriod runStart = null;
      CalendarPeriod previous = null;
      for (CalendarPeriod s : cal.semesters()) {
        if (previous == null || !previous.next().equals(s)) {
          if (runStart != null) {
            out.add(new Span(runStart.startDate(), previous.endDate().plusDays(1)));
          }
          runStart = s;
        }
        previous = s;
      }
      if (runStart != null) {
        out.add(new Span(runStart.startDate(), previous.endDate().plusDays(1)));
      }
    } else {
      LocalDate start = cal.startDate(period).orElse(t.start());
      LocalDate end = cal.endDate(period).map(d -> d.plusDays(1)).orElse(t.endExclusive());
      out.add(new Span(start, end.isAfter(start) ? end : start.plusDays(1)));
    }
    return out.stream().map(s -> s.clamp(t)).flatMap(Optional::stream).toList();
  }

  private static Optional<Span> extent(List<Span> spans) {
    if (spans.isEmpty()) {
      return Optional.empty();
    }
    LocalDate a = spans.stream().map(Span::start).min(LocalDate::compareTo).orElseThrow();
    LocalDate b = spans.stream().map(Span::endExclusive).max(LocalDate::compareTo).orElseThrow();
    return Optional.of(new Span(a, b));
  }

  /**
   * The years shown, from 1 January of the first to 31 December of the last.
   *
   * @param first the first year
   * @param last the last year
   */
  public record Timeline(int first, int last) {
    /** The first day shown. */
    public LocalDate start() {
      return LocalDate.of(first, 1, 1);
    }

    /** The day after the last day shown. */
    public LocalDate endExclusive() {
      return LocalDate.of(last + 1, 1, 1);
    }

    /** The horizontal position of the start of a day. */
    double x(LocalDate date) {
      double total = ChronoUnit.DAYS.between(start(), endExclusive());
      double days = ChronoUnit.DAYS.between(start(), date);
      double x0 = LABEL_WIDTH;
      double x1 = WIDTH - STATUS_WIDTH;
      return x0 + Math.max(0, Math.min(1, days / total)) * (x1 - x0);
    }
  }

  /** A period of work: from a day to the day after its end. */
  record Span(LocalDate start, LocalDate endExclusive) {
    Optional<Span> clamp(Timeline t) {
      LocalDate a = start.isBefore(t.start()) ? t.start() : start;
      LocalDate b = endExclusive.isAfter(t.endExclusive()) ? t.endExclusive() : endExclusive;
      return b.isAfter(a) ? Optional.of(new Span(a, b)) : Optional.empty();
    }
  }

  private enum Level {
    ORIENTATION("orientation", "lvl-o", 4, 8),
    FICHE("fiche", "lvl-f", 14, 8),
    SOUS_ACTION("sous-action", "lvl-s", 28, 12);

    final String data;
    final String css;
    final double indent;
    final double barHeight;

    Level(String data, String css, double indent, double barHeight) {
      this.data = data;
      this.css = css;
      this.indent = indent;
      this.barHeight = barHeight;
    }
  }

  private static final class Row {
    final Level level;
    final String id;
    final String fullLabel;
    final String shortLabel;
    final Optional<ScheduleStatus> status;
    final String calendarText;
    final boolean ownLine;
    final List<Span> spans = new ArrayList<>();

    Row(Level level, String id, String fullLabel, Optional<ScheduleStatus> status, String calendarText, boolean ownLine) {
      this.level = level;
      this.id = id;
      this.fullLabel = fullLabel;
      int room = (int) ((LABEL_WIDTH - level.indent - 8) / (level == Level.SOUS_ACTION ? 6.1 : 6.6));
      this.shortLabel = French.shorten(fullLabel, room);
      this.status = status;
      this.calendarText = calendarText;
      this.ownLine = ownLine;
    }
  }
}
