package org.schemadepartemental.report.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.ListItem;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Review;
import org.schemadepartemental.core.ReviewEntry;
import org.schemadepartemental.core.ReviewMeasurement;
import org.schemadepartemental.core.ReviewStatus;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.ScheduleStatus;
import org.schemadepartemental.indicators.ScopeLevel;
import org.schemadepartemental.indicators.builtin.ReviewComparisonCalculator;
import org.schemadepartemental.indicators.builtin.ScheduleStatusCalculator;
import org.schemadepartemental.indicators.builtin.TrendCalculator;
import org.schemadepartemental.indicators.support.IndicatorSeries;
import org.schemadepartemental.indicators.support.PeriodValue;
import org.schemadepartemental.report.ReportData;

/**
 * Builds the annual review of a year as a {@link Doc}, in the shape départements publish their
 * "bilan": per orientation and fiche the status and progress, the "point bilan" narrative, the
 * figures of the year against the year before, the perspectives for the next year; then the
 * late sous-actions. Statuses, progress and trends are the calculators' results at the data's
 * date; narratives, perspectives and recorded figures are the year's review entries.
 */
public final class ReviewBuilder {
  private final ReportData data;
  private final Schema schema;
  private final Results results;
  private final int year;
  private final IndicatorSeries series;
  private final List<Review> yearReviews;
  private final List<Review> previousYearReviews;
  private final List<Doc> blocks = new ArrayList<>();

  private ReviewBuilder(ReportData data) {
    this.data = data;
    this.schema = data.schema();
    this.results = new Results(data.indicators());
    this.year = data.asOf().getYear();
    this.series = IndicatorSeries.of(schema, data.context());
    this.yearReviews = reviewsOf(year);
    this.previousYearReviews = reviewsOf(year - 1);
  }

  /** The review of the year of the data's date. */
  public static List<Doc> build(ReportData data) {
    return new ReviewBuilder(data).document();
  }

  /** The document's title. */
  public static String title(ReportData data) {
    return "Bilan " + data.asOf().getYear() + " — " + data.schema().title();
  }

  private List<Review> reviewsOf(int y) {
    LocalDate asOf = data.asOf();
    return schema.reviews().stream().filter(r -> r.date().getYear() == y && !r.date().isAfter(asOf))
        .sorted(Comparator.comparing(Review::date)).toList();
  }

  private List<Doc> document() {
    blocks.add(new Doc.Heading(1, title(data)));
    data.illustrative().ifPresent(n -> blocks.add(new Doc.Notice("Données illustratives", n)));
    blocks.add(Doc.Paragraph.of(String.join(" · ", List.of(
        "Département : " + schema.departement().map(French::departement).orElse("non précisé"),
        "Période du schéma : " + schema.period().map(p -> p.first() + "–" + p.last()).orElse("non précisée"),
        "Situation au " + French.date(data.asOf())))));
    blocks.add(Doc.Paragraph.of(yearReviews.isEmpty()
        ? "Aucune revue n'est datée de " + year + " : les statuts et l'avancement viennent des calendriers et des "
            + "revues antérieures."
        : "Revue(s) de l'année : " + String.join(" ; ", yearReviews.stream()
            .map(r -> r.title().orElse(r.id()) + " du " + French.date(r.date())).toList()) + "."));
    synthesis();
    for (Orientation o : schema.orientations()) {
      orientation(o);
    }
    lateSousActions();
    return List.copyOf(blocks);
  }

  private void synthesis() {
    blocks.add(new Doc.Heading(2, "Synthèse"));
    List<Doc.Item> items = new ArrayList<>();
    items.add(new Doc.Item("Avancement global", progressText(ScopeLevel.PLAN, schema.id()), List.of()));
    List<String> counts = new ArrayList<>();
    data.indicators().run(ScheduleStatusCalculator.ID).ifPresent(run -> run.results().stream()
        .filter(r -> r.metric().startsWith(ScheduleStatusCalculator.COUNT_PREFIX))
        .filter(r -> r.decimal().filter(v -> v.signum() > 0).isPresent())
        .forEach(r -> counts.add(Labels.status(ScheduleStatus.fromCode(
            r.metric().substring(ScheduleStatusCalculator.COUNT_PREFIX.length()))) + " : "
            + French.number(r.decimal().get()))));
    if (!counts.isEmpty()) {
      items.add(new Doc.Item("Sous-actions", String.join(", ", counts), List.of()));
    }
    List<String> moves = new ArrayList<>();
    data.indicators().run(ReviewComparisonCalculator.ID).ifPresent(run -> run.results().stream()
        .filter(r -> r.scope().level() == ScopeLevel.PLAN && r.metric().startsWith("count."))
        .filter(r -> r.decimal().filter(v -> v.signum() > 0).isPresent())
        .forEach(r -> moves.add(movement(r.metric().substring(6)) + " : " + French.number(r.decimal().get()))));
    if (!moves.isEmpty() && !previousYearReviews.isEmpty() && !yearReviews.isEmpty()) {
      items.add(new Doc.Item("Fiches depuis la revue précédente", String.join(", ", moves), List.of()));
    }
    blocks.add(new Doc.Bullets(items));
  }

  private static String movement(String code) {
    return switch (code) {
      case "progressed" -> "en progrès";
      case "regressed" -> "en recul";
      case "still" -> "sans changement";
      case "newly-assessed" -> "évaluées pour la première fois";
      case "not-assessed" -> "non comparables";
      default -> code;
    };
  }

  private String progressText(ScopeLevel level, String id) {
    return results.progress(level, id).flatMap(IndicatorResult::decimal).map(French::percent).orElse("non évalué");
  }

  private String statusText(ScopeLevel level, String id) {
    return results.status(level, id).map(Labels::status).orElse("—");
  }

  private void orientation(Orientation o) {
    blocks.add(new Doc.Heading(2, "Orientation " + o.code() + " : " + o.title()));
    blocks.add(new Doc.Paragraph(List.of(new Doc.Run("Avancement", true),
        new Doc.Run(" : " + progressText(ScopeLevel.ORIENTATION, o.code()) + " · ", false),
        new Doc.Run("Statut", true), new Doc.Run(" : " + statusText(ScopeLevel.ORIENTATION, o.code()), false))));
    for (Fiche f : o.fiches()) {
      fiche(f);
    }
  }

  private void fiche(Fiche f) {
    blocks.add(new Doc.Heading(3, GanttChart.ficheName(f) + " : " + f.title()));
    Optional<ReviewEntry> own = latestEntry(yearReviews, f.id(), Optional.empty());
    String said = own.flatMap(ReviewEntry::status).map(this::statusLabel).map(s -> " ; bilan : « " + s + " »")
        .orElse("");
    blocks.add(new Doc.Paragraph(List.of(new Doc.Run("Statut", true),
        new Doc.Run(" : " + statusText(ScopeLevel.FICHE, f.id()) + " (au regard du calendrier)" + said + " · ", false),
        new Doc.Run("Avancement", true), new Doc.Run(" : " + progressText(ScopeLevel.FICHE, f.id()), false))));

    List<Doc.Item> narrative = new ArrayList<>();
    List<Doc.Item> perspectives = new ArrayList<>();
    own.ifPresent(e -> {
      e.narrative().forEach(i -> narrative.add(item("", i)));
      e.perspectives().forEach(i -> perspectives.add(item("", i)));
    });
    for (SousAction sa : f.sousActions()) {
      Optional<ReviewEntry> e = latestEntry(yearReviews, f.id(), Optional.of(sa.id()));
      if (e.isEmpty()) {
        continue;
      }
      String lead = French.shorten(sa.title(), 90) + e.get().status().map(s -> " (" + statusLabel(s) + ")").orElse("")
          + e.get().progress().map(p -> " " + French.percent(p)).orElse("");
      List<Doc.Item> children = e.get().narrative().stream().map(i -> item("", i)).toList();
      narrative.add(new Doc.Item(lead, "", children));
      e.get().perspectives().forEach(i -> perspectives.add(item(French.shorten(sa.title(), 60), i)));
    }
    blocks.add(new Doc.Heading(4, "Point bilan"));
    blocks.add(narrative.isEmpty() ? Doc.Paragraph.of("Aucun point bilan enregistré pour " + year + ".")
        : new Doc.Bullets(narrative));
    figures(f);
    blocks.add(new Doc.Heading(4, "Perspectives " + (year + 1)));
    blocks.add(perspectives.isEmpty() ? Doc.Paragraph.of("Aucune perspective enregistrée.")
        : new Doc.Bullets(perspectives));
  }

  private static Doc.Item item(String lead, ListItem i) {
    return new Doc.Item(lead, i.text(), i.children().stream().map(c -> item("", c)).toList());
  }

  private String statusLabel(String code) {
    return data.context().vocabulary(schema).byCode(code).or(() -> data.context().vocabulary(schema).match(code))
        .map(ReviewStatus::label).orElse(code);
  }

  /** The entry of the latest of these reviews about this fiche (or sous-action). */
  private static Optional<ReviewEntry> latestEntry(List<Review> reviews, String ficheId, Optional<String> sousActionId) {
    Optional<ReviewEntry> found = Optional.empty();
    for (Review r : reviews) {
      for (ReviewEntry e : r.entries()) {
        if (e.ficheId().equals(ficheId) && e.sousActionId().equals(sousActionId)) {
          found = Optional.of(e);
        }
      }
    }
    return found;
  }

  private void figures(Fiche f) {
    CalendarPeriod current = CalendarPeriod.year(year);
    CalendarPeriod previous = CalendarPeriod.year(year - 1);
    List<List<String>> rows = new ArrayList<>();
    List<String> covered = new ArrayList<>();
    for (Indicator ind : f.indicators()) {
      Optional<BigDecimal> before = valueOf(ind, previous);
      Optional<BigDecimal> now = valueOf(ind, current);
      if (before.isEmpty() && now.isEmpty()) {
        continue;
      }
      covered.add(ind.id());
      rows.add(List.of(ind.label(), before.map(v -> French.value(v, ind.measureType())).orElse("—"),
          now.map(v -> French.value(v, ind.measureType())).orElse("—"),
          before.isPresent() && now.isPresent() ? trend(ind, current) : "—"));
    }
    // Figures the reviews record without an indicator of the plan (or for one without a value).
    Map<String, BigDecimal[]> recorded = new LinkedHashMap<>();
    collectRecorded(f, previous, current, recorded, covered);
    for (Map.Entry<String, BigDecimal[]> e : recorded.entrySet()) {
      BigDecimal b = e.getValue()[0];
      BigDecimal n = e.getValue()[1];
      rows.add(List.of(e.getKey() + " (relevé du bilan)", b == null ? "—" : French.number(b),
          n == null ? "—" : French.number(n), b != null && n != null ? difference(b, n) : "—"));
    }
    blocks.add(new Doc.Heading(4, "Chiffres " + (year - 1) + " → " + year));
    if (rows.isEmpty()) {
      blocks.add(Doc.Paragraph.of("Aucun chiffre enregistré pour " + (year - 1) + " ou " + year + "."));
    } else {
      blocks.add(new Doc.Table("Chiffres de " + GanttChart.ficheName(f) + " en " + (year - 1) + " et " + year,
          List.of("Indicateur", Integer.toString(year - 1), Integer.toString(year), "Évolution"), rows,
          List.of(false, true, true, false)));
    }
  }

  private Optional<BigDecimal> valueOf(Indicator ind, CalendarPeriod period) {
    return series.values(ind).stream().filter(v -> v.period().equals(period)).findFirst().flatMap(PeriodValue::value);
  }

  private String trend(Indicator ind, CalendarPeriod period) {
    Optional<IndicatorResult> change = periodResult(TrendCalculator.CHANGE, ind, period);
    Optional<IndicatorResult> relative = periodResult(TrendCalculator.RELATIVE_CHANGE, ind, period);
    Optional<IndicatorResult> direction = periodResult(TrendCalculator.DIRECTION, ind, period);
    if (change.flatMap(IndicatorResult::decimal).isEmpty()) {
      return "—";
    }
    return French.signed(change.get().decimal().get())
        + relative.flatMap(IndicatorResult::decimal).map(r -> " (" + French.signed(r) + French.NNBSP + "%)").orElse("")
        + direction.flatMap(IndicatorResult::code).map(c -> ", " + Labels.direction(c)).orElse("");
  }

  private Optional<IndicatorResult> periodResult(String metric, Indicator ind, CalendarPeriod period) {
    return results.all(TrendCalculator.ID, metric, ScopeLevel.INDICATOR, ind.id()).stream()
        .filter(r -> r.scope().period().filter(period::equals).isPresent()).findFirst();
  }

  /**
   * The figures the two years' reviews record for the fiche, by label, for the previous year
   * (slot 0) and this year (slot 1); a later review's figure replaces an earlier one's.
   */
  private void collectRecorded(Fiche f, CalendarPeriod previous, CalendarPeriod current,
      Map<String, BigDecimal[]> into, List<String> covered) {
    List<Review> reviews = new ArrayList<>(previousYearReviews);
    reviews.addAll(yearReviews);
    for (Review r : reviews) {
      for (ReviewEntry e : r.entries()) {
        if (!e.ficheId().equals(f.id())) {
          continue;
        }
        for (ReviewMeasurement m : e.measurements()) {
          CalendarPeriod p = m.measurement().period();
          int slot = p.equals(current) ? 1 : p.equals(previous) ? 0 : -1;
          if (slot < 0 || m.indicatorId().filter(covered::contains).isPresent()) {
            continue;
          }
          Optional<Indicator> indicator = m.indicatorId().flatMap(schema::indicator);
          Optional<BigDecimal> v = m.measurement().effectiveValue(
              indicator.map(Indicator::measureType).orElse(org.schemadepartemental.core.MeasureType.UNSPECIFIED));
          if (v.isEmpty()) {
            continue;
          }
          String label = m.label().or(() -> indicator.map(Indicator::label)).orElse(m.indicatorId().orElse("?"));
          into.computeIfAbsent(label, k -> new BigDecimal[2])[slot] = v.get();
        }
      }
    }
  }

  /** The change of a figure a review records without an indicator: the same rule as the trends calculator's. */
  private static String difference(BigDecimal before, BigDecimal now) {
    BigDecimal change = now.subtract(before);
    String relative = before.signum() == 0 ? ""
        : " (" + French.signed(change.multiply(BigDecimal.valueOf(100)).divide(before.abs(), MathContext.DECIMAL64))
            + French.NNBSP + "%)";
    return French.signed(change) + relative;
  }

  private void lateSousActions() {
    blocks.add(new Doc.Heading(2, "Sous-actions en retard au " + French.date(data.asOf())));
    List<List<String>> rows = new ArrayList<>();
    for (Fiche f : schema.fiches()) {
      for (SousAction sa : f.sousActions()) {
        if (results.status(ScopeLevel.SOUS_ACTION, sa.id()).filter(x -> x == ScheduleStatus.LATE).isPresent()) {
          rows.add(lateRow(f, GanttChart.ficheName(f) + " · " + sa.title(), GanttChart.effectiveCalendar(f, sa),
              Optional.of(sa.id())));
        }
      }
      if (f.sousActions().isEmpty()
          && results.status(ScopeLevel.FICHE, f.id()).filter(x -> x == ScheduleStatus.LATE).isPresent()) {
        rows.add(lateRow(f, GanttChart.ficheName(f) + " · " + f.title(), f.calendar(), Optional.empty()));
      }
    }
    if (rows.isEmpty()) {
      blocks.add(Doc.Paragraph.of("Aucune sous-action n'est en retard."));
    } else {
      blocks.add(Doc.Paragraph.of(rows.size() + " sous-action(s) en retard selon le calculateur « schedule-status » : "
          + "fin prévue dépassée sans être réalisée, ou dite en retard par le bilan."));
      blocks.add(new Doc.Table("Sous-actions en retard",
          List.of("Sous-action", "Calendrier prévu", "Fin prévue", "Dernier statut du bilan"), rows,
          List.of(false, false, false, false)));
    }
  }

  private List<String> lateRow(Fiche f, String name, org.schemadepartemental.core.ActionCalendar calendar,
      Optional<String> sousActionId) {
    List<Review> known = schema.reviews().stream().filter(r -> !r.date().isAfter(data.asOf()))
        .sorted(Comparator.comparing(Review::date)).toList();
    Optional<ReviewEntry> entry = latestEntry(known, f.id(), sousActionId).filter(e -> e.status().isPresent());
    return List.of(name, calendar.text().isBlank() ? "—" : calendar.text(),
        calendar.endDate(schema.period()).map(French::date).orElse("—"),
        entry.flatMap(ReviewEntry::status).map(this::statusLabel).orElse("aucun"));
  }
}
