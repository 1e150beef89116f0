package org.schemadepartemental.indicators;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.builtin.ActorCalculator;
import org.schemadepartemental.indicators.builtin.CalendarLoadCalculator;
import org.schemadepartemental.indicators.builtin.IndicatorCoverageCalculator;
import org.schemadepartemental.indicators.builtin.ProgressCalculator;
import org.schemadepartemental.indicators.builtin.RatioCalculator;
import org.schemadepartemental.indicators.builtin.ReviewComparisonCalculator;
import org.schemadepartemental.indicators.builtin.ScheduleStatusCalculator;
import org.schemadepartemental.indicators.builtin.TargetAttainmentCalculator;
import org.schemadepartemental.indicators.builtin.TrendCalculator;
import org.schemadepartemental.indicators.internal.TextTable;
import org.schemadepartemental.indicators.support.PlanIndex;

/**
 * A plain-text summary of an {@link IndicatorReport} for a terminal or an e-mail: one section
 * per calculator, in the report's order, aligned in columns, naming orientations and fiches in
 * the plan's own words ("FA 10  Favoriser l'accès à la santé…"). Built-in calculators get a
 * section of their own; a plugin calculator gets a generic list of its results; failed
 * calculators are listed at the end.
 *
 * <pre>{@code
 * String text = SummaryRenderer.standard().render(plan, report);
 * }</pre>
 *
 * <p>Long lists stop after {@link #maxItems()} lines ("… and 7 more"); long titles are cut to
 * {@link #titleWidth()} characters. Instances are immutable.
 *
 * @since 0.1
 */
public final class SummaryRenderer {
  private static final SummaryRenderer STANDARD = new SummaryRenderer(10, 60);
  // Compiled once, not on every row rendered.
  private static final Pattern LEADING_COUNT = Pattern.compile("^\\d+ ");
  private static final Pattern PILOTS_AND_AFTER = Pattern.compile(" pilots .*$");
  private static final Pattern COLON_AND_AFTER = Pattern.compile(":.*$");

  private final int maxItems;
  private final int titleWidth;

  private SummaryRenderer(int maxItems, int titleWidth) {
    if (maxItems < 1 || titleWidth < 10) {
      throw new IllegalArgumentException("maxItems must be at least 1 and titleWidth at least 10");
    }
    this.maxItems = maxItems;
    this.titleWidth = titleWidth;
  }

  /** At most 10 items per list, titles cut at 60 characters. */
  public static SummaryRenderer standard() {
    return STANDARD;
  }

  /** The same renderer listing at most {@code n} items per list. */
  public SummaryRenderer withMaxItems(int n) {
    return new SummaryRenderer(n, titleWidth);
  }

  /** The same renderer cutting titles at {@code n} characters. */
  public SummaryRenderer withTitleWidth(int n) {
    return new SummaryRenderer(maxItems, n);
  }

  /** The maximum number of items listed per list. */
  public int maxItems() {
    return maxItems;
  }

  /** The width titles are cut at. */
  public int titleWidth() {
    return titleWidth;
  }

  /**
   * The summary of a report computed over a plan.
   *
   * @param schema the plan the report was computed over, for its words (titles, numbers)
   * @param report the report
   */
  public String render(Schema schema, IndicatorReport report) {
    Names names = new Names(PlanIndex.of(schema), titleWidth);
    StringBuilder out = new StringBuilder();
    out.append(report.planTitle()).append(schema.departement().map(d -> " — " + d.name() + " (" + d.code() + ")").orElse(""))
        .append('\n');
    EvaluationContext c = report.context();
    out.append("Plan ").append(report.planId()).append(schema.period().map(p -> " · " + p).orElse(""))
        .append(" · as of ").append(c.asOf())
        .append(" · ").append(c.territory().map(t -> "territory " + t).orElse("all territories"))
        .append(" · ").append(report.runs().size()).append(" calculator").append(report.runs().size() == 1 ? "" : "s")
        .append('\n');
    for (CalculatorRun run : inSummaryOrder(report.runs())) {
      if (run.failed()) {
        continue;
      }
      out.append('\n').append(heading(run)).append('\n');
      String body = switch (run.calculatorId()) {
        case ScheduleStatusCalculator.ID -> schedule(run, schema, names);
        case ProgressCalculator.ID -> progress(run, schema, names);
        case CalendarLoadCalculator.ID -> calendarLoad(run, schema, names);
        case IndicatorCoverageCalculator.ID -> coverage(run, names);
        case TargetAttainmentCalculator.ID -> attainment(run, names);
        case TrendCalculator.ID -> trends(run, names);
        case RatioCalculator.ID -> ratios(run, names);
        case ActorCalculator.ID -> actors(run, names);
        case ReviewComparisonCalculator.ID -> reviews(run, names);
        default -> generic(run, names);
      };
      out.append(body.isEmpty() ? "  (no result)\n" : body);
    }
    List<CalculatorRun> failed = report.runs().stream().filter(CalculatorRun::failed).toList();
    if (!failed.isEmpty()) {
      out.append("\nFailed calculators\n");
      TextTable t = new TextTable(false, false);
      failed.forEach(r -> t.row(r.calculatorId(), r.failure().orElseThrow().explanation()));
      out.append(t.render("  "));
    }
    return out.toString();
  }

  /** The built-ins in the order a committee reads them, then the others in the report's order. */
  private static List<CalculatorRun> inSummaryOrder(List<CalculatorRun> runs) {
    List<String> order = List.of(ScheduleStatusCalculator.ID, ProgressCalculator.ID, ReviewComparisonCalculator.ID,
        TargetAttainmentCalculator.ID, TrendCalculator.ID, RatioCalculator.ID, IndicatorCoverageCalculator.ID,
        CalendarLoadCalculator.ID, ActorCalculator.ID);
    List<CalculatorRun> sorted = new ArrayList<>(runs);
    sorted.sort(java.util.Comparator.comparingInt(r -> {
      int i = order.indexOf(r.calculatorId());
      return i < 0 ? order.size() : i;
    }));
    return sorted;
  }

  private static String heading(CalculatorRun run) {
    String title = switch (run.calculatorId()) {
      case ScheduleStatusCalculator.ID -> "Schedule";
      case ProgressCalculator.ID -> "Progress";
      case CalendarLoadCalculator.ID -> "Calendar load (sous-actions planned per semester)";
      case IndicatorCoverageCalculator.ID -> "Indicator coverage and quality";
      case TargetAttainmentCalculator.ID -> "Target attainment";
      case TrendCalculator.ID -> "Trends (latest change)";
      case RatioCalculator.ID -> "Ratios and formulas (latest period)";
      case ActorCalculator.ID -> "Actors";
      case ReviewComparisonCalculator.ID -> "Review comparison";
      default -> run.description();
    };
    return title + " [" + run.calculatorId() + "]";
  }

  // ---------------------------------------------------------------- schedule

  private String schedule(CalculatorRun run, Schema schema, Names names) {
    StringBuilder sb = new StringBuilder();
    List<IndicatorResult> statuses = run.results(ScheduleStatusCalculator.STATUS);
    List<ScheduleStatus> shown = List.of(ScheduleStatus.LATE, ScheduleStatus.SHOULD_HAVE_STARTED,
        ScheduleStatus.RUNNING, ScheduleStatus.NOT_YET_DUE, ScheduleStatus.DONE, ScheduleStatus.UNSCHEDULED,
        ScheduleStatus.CLOSED);
    statuses.stream().filter(r -> r.scope().level() == ScopeLevel.PLAN).findFirst().ifPresent(plan -> {
      String counts = shown.stream()
          .flatMap(s -> run.results(ScheduleStatusCalculator.countMetric(s)).stream()
              .filter(r -> r.decimal().filter(d -> d.signum() > 0).isPresent())
              .map(r -> r.decimal().orElseThrow().toPlainString() + " " + s.label()))
          .collect(Collectors.joining(", "));
      sb.append("  Plan: ").append(plan.display()).append(counts.isEmpty() ? "" : " — sous-actions: " + counts).append('\n');
    });
    // Lines of work: sous-actions, and fiches that have none.
    Set<String> fichesWithParts = new LinkedHashSet<>();
    statuses.stream().filter(r -> r.scope().level() == ScopeLevel.SOUS_ACTION)
        .forEach(r -> r.scope().fiche().ifPresent(fichesWithParts::add));
    Predicate<IndicatorResult> isLine = r -> r.scope().level() == ScopeLevel.SOUS_ACTION
        || (r.scope().level() == ScopeLevel.FICHE && !fichesWithParts.contains(r.scope().fiche().orElse("")));
    List<IndicatorResult> lines = statuses.stream().filter(isLine).toList();
    TextTable table = new TextTable(false, false, true, true, true, true, true, true, true);
    table.row("Orientation", "Status", "Late", "Should", "Running", "Not due", "Done", "Undated", "Closed");
    for (Orientation o : schema.orientations()) {
      Map<ScheduleStatus, Integer> counts = new EnumMap<>(ScheduleStatus.class);
      lines.stream().filter(r -> r.scope().orientation().filter(o.code()::equals).isPresent())
          .forEach(r -> counts.merge(ScheduleStatus.fromCode(r.code().orElseThrow()), 1, Integer::sum));
      String status = statuses.stream().filter(r -> r.scope().level() == ScopeLevel.ORIENTATION
          && r.scope().orientation().filter(o.code()::equals).isPresent()).findFirst().map(IndicatorResult::display).orElse("");
      List<String> row = new ArrayList<>(List.of(names.orientation(o.code()), status));
      shown.forEach(s -> row.add(Integer.toString(counts.getOrDefault(s, 0))));
      table.row(row.toArray(String[]::new));
    }
    sb.append('\n').append(table.render("  "));
    for (ScheduleStatus s : List.of(ScheduleStatus.LATE, ScheduleStatus.SHOULD_HAVE_STARTED)) {
      List<IndicatorResult> matching = lines.stream().filter(r -> r.code().filter(s.name()::equals).isPresent()).toList();
      if (matching.isEmpty()) {
        continue;
      }
      sb.append('\n').append("  ").append(capitalise(s.label())).append(" (").append(matching.size()).append("):\n");
      TextTable list = new TextTable(false, false, false);
      limit(matching).forEach(r -> list.row(names.ficheNumber(r.scope()), names.lineTitle(r.scope()), why(r)));
      sb.append(list.render("    ")).append(more(matching.size(), "    "));
    }
    return sb.toString();
  }

  /** The calendar part of a schedule explanation: "grid 2018-S1…2018-S2 (2 semesters)". */
  private static String why(IndicatorResult r) {
    String e = r.explanation();
    int cut = e.indexOf(", planned");
    int semi = e.indexOf(';');
    int end = cut >= 0 ? cut : semi >= 0 ? semi : e.length();
    return e.substring(0, end);
  }

  // ---------------------------------------------------------------- progress

  private String progress(CalculatorRun run, Schema schema, Names names) {
    List<IndicatorResult> progress = run.results(ProgressCalculator.PROGRESS);
    TextTable table = new TextTable(false, false, true, false);
    for (IndicatorResult r : progress) {
      switch (r.scope().level()) {
        case PLAN -> table.row("Plan", "", r.display(), counts(r));
        case ORIENTATION -> table.row(names.orientation(r.scope().orientation().orElseThrow()), "", r.display(), counts(r));
        default -> { }
      }
    }
    StringBuilder sb = new StringBuilder(table.render("  "));
    Map<Scope, String> missing = new LinkedHashMap<>();
    run.results(ProgressCalculator.MISSING).forEach(r -> missing.put(r.scope(), r.explanation()));
    TextTable fiches = new TextTable(false, false, true, false);
    for (IndicatorResult r : progress) {
      if (r.scope().level() == ScopeLevel.FICHE) {
        String note = r.explanation().contains("fiche's own entry") ? "from the fiche's own review entry"
            : r.explanation().endsWith("left out of the roll-up") ? "left out (closed)"
            : missing.getOrDefault(r.scope(), counts(r));
        fiches.row(names.ficheNumber(r.scope()), names.ficheTitle(r.scope()), r.display(), note);
      }
    }
    if (!fiches.isEmpty()) {
      sb.append('\n').append(fiches.render("  "));
    }
    return sb.toString();
  }

  /** "3 sous-actions valued, 1 missing" from a roll-up's explanation. */
  private static String counts(IndicatorResult r) {
    String e = r.explanation();
    int of = e.indexOf(" of ");
    return of >= 0 && e.startsWith("plain") || of >= 0 && e.startsWith("weighted") ? e.substring(of + 4) : e;
  }

  // ---------------------------------------------------------------- calendar load

  private String calendarLoad(CalculatorRun run, Schema schema, Names names) {
    List<IndicatorResult> active = run.results(CalendarLoadCalculator.ACTIVE).stream()
        .filter(r -> r.scope().period().isPresent()).toList();
    if (active.isEmpty()) {
      return run.results().isEmpty() ? "" : "  " + run.results().get(0).explanation() + "\n";
    }
    List<CalendarPeriod> semesters = active.stream().map(r -> r.scope().period().orElseThrow()).distinct().sorted().toList();
    Boolean[] right = new Boolean[semesters.size() + 2];
    java.util.Arrays.fill(right, true);
    right[0] = false;
    TextTable table = new TextTable(right);
    List<String> header = new ArrayList<>(List.of("Orientation"));
    semesters.forEach(p -> header.add(p.toString()));
    header.add("Undated");
    table.row(header.toArray(String[]::new));
    Map<String, Map<CalendarPeriod, String>> byOrientation = new LinkedHashMap<>();
    Map<CalendarPeriod, String> plan = new LinkedHashMap<>();
    for (IndicatorResult r : active) {
      if (r.scope().level() == ScopeLevel.PLAN) {
        plan.put(r.scope().period().orElseThrow(), r.value().display());
      } else {
        byOrientation.computeIfAbsent(r.scope().orientation().orElseThrow(), k -> new LinkedHashMap<>())
            .put(r.scope().period().orElseThrow(), r.value().display());
      }
    }
    Map<String, String> undated = new LinkedHashMap<>();
    run.results(CalendarLoadCalculator.UNDATED).forEach(r -> undated.put(r.scope().orientation().orElse(""), r.value().display()));
    for (Map.Entry<String, Map<CalendarPeriod, String>> e : byOrientation.entrySet()) {
      List<String> row = new ArrayList<>(List.of(TextTable.cut(names.orientation(e.getKey()), 30)));
      semesters.forEach(p -> row.add(e.getValue().getOrDefault(p, "")));
      row.add(undated.getOrDefault(e.getKey(), ""));
      table.row(row.toArray(String[]::new));
    }
    List<String> total = new ArrayList<>(List.of("Plan"));
    semesters.forEach(p -> total.add(plan.getOrDefault(p, "")));
    total.add(undated.values().stream().mapToInt(Integer::parseInt).sum() + "");
    table.row(total.toArray(String[]::new));
    return table.render("  ");
  }

  // ---------------------------------------------------------------- coverage

  private String coverage(CalculatorRun run, Names names) {
    StringBuilder sb = new StringBuilder();
    TextTable counts = new TextTable(false, true, false);
    run.results().stream().filter(r -> r.scope().level() == ScopeLevel.PLAN)
        .forEach(r -> counts.row(capitalise(r.metric().replace('-', ' ')), r.value().display(),
            LEADING_COUNT.matcher(r.explanation()).replaceFirst("")));
    sb.append(counts.render("  "));
    List<IndicatorResult> incomplete = run.results(IndicatorCoverageCalculator.COVERAGE).stream()
        .filter(r -> !r.code().filter("COMPLETE"::equals).isPresent()).toList();
    if (!incomplete.isEmpty()) {
      sb.append("\n  Fiches that cannot be fully evaluated (").append(incomplete.size()).append("):\n");
      TextTable t = new TextTable(false, false, false);
      limit(incomplete).forEach(r -> t.row(names.ficheNumber(r.scope()), names.ficheTitle(r.scope()), r.value().display()));
      sb.append(t.render("    ")).append(more(incomplete.size(), "    "));
    }
    List<IndicatorResult> stale = run.results(IndicatorCoverageCalculator.STALE_MEASUREMENT);
    if (!stale.isEmpty()) {
      sb.append("\n  Stale measurements (").append(stale.size()).append("):\n");
      TextTable t = new TextTable(false, false, true);
      limit(stale).forEach(r -> t.row(names.ficheNumber(r.scope()), names.indicatorLabel(r.scope()), r.display()));
      sb.append(t.render("    ")).append(more(stale.size(), "    "));
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- attainment, trends, ratios

  private String attainment(CalculatorRun run, Names names) {
    List<IndicatorResult> results = run.results(TargetAttainmentCalculator.ATTAINMENT);
    List<IndicatorResult> valued = results.stream().filter(IndicatorResult::isDefined).toList();
    StringBuilder sb = new StringBuilder();
    sb.append("  ").append(results.size()).append(" indicator(s) with a target (qualitative ones aside), ")
        .append(valued.size()).append(" with a value\n");
    if (!valued.isEmpty()) {
      TextTable t = new TextTable(false, false, true);
      limit(valued).forEach(r -> t.row(names.ficheNumber(r.scope()), names.indicatorLabel(r.scope()), r.display()));
      sb.append(t.render("    ")).append(more(valued.size(), "    "));
    }
    return sb.toString();
  }

  private String trends(CalculatorRun run, Names names) {
    Map<String, IndicatorResult> latestChange = new LinkedHashMap<>();
    Map<String, IndicatorResult> latestRelative = new LinkedHashMap<>();
    Map<String, IndicatorResult> latestDirection = new LinkedHashMap<>();
    run.results(TrendCalculator.CHANGE).forEach(r -> latestChange.put(r.scope().subjectId(), r));
    run.results(TrendCalculator.RELATIVE_CHANGE).forEach(r -> latestRelative.put(r.scope().subjectId(), r));
    run.results(TrendCalculator.DIRECTION).forEach(r -> latestDirection.put(r.scope().subjectId(), r));
    if (latestChange.isEmpty()) {
      return "  no indicator with two measured periods\n";
    }
    TextTable t = new TextTable(false, false, false, true, true, false);
    List<IndicatorResult> changes = List.copyOf(latestChange.values());
    for (IndicatorResult r : limit(changes)) {
      String id = r.scope().subjectId();
      t.row(names.ficheNumber(r.scope()), names.indicatorLabel(r.scope()), r.scope().period().map(Object::toString).orElse(""),
          r.isDefined() ? signed(r.display()) : "—",
          Optional.ofNullable(latestRelative.get(id)).filter(IndicatorResult::isDefined).map(x -> signed(x.display())).orElse(""),
          Optional.ofNullable(latestDirection.get(id)).map(x -> x.value().display()).orElse(""));
    }
    return t.render("  ") + more(changes.size(), "  ");
  }

  private String ratios(CalculatorRun run, Names names) {
    StringBuilder sb = new StringBuilder();
    List<IndicatorResult> errors = run.results(RatioCalculator.FORMULA_ERROR);
    if (!errors.isEmpty()) {
      sb.append("  Formula errors (").append(errors.size()).append("):\n");
      TextTable t = new TextTable(false, false);
      limit(errors).forEach(r -> t.row(r.scope().subjectId(), r.explanation()));
      sb.append(t.render("    ")).append(more(errors.size(), "    "));
    }
    Map<String, IndicatorResult> latest = new LinkedHashMap<>();
    run.results().stream()
        .filter(r -> r.metric().equals(RatioCalculator.RATIO) || r.metric().equals(RatioCalculator.VALUE))
        .filter(r -> r.scope().territory().isEmpty())
        .forEach(r -> latest.put(r.scope().subjectId(), r));
    Map<String, IndicatorResult> pooled = new LinkedHashMap<>();
    run.results(RatioCalculator.RATIO_OVER_PERIODS).forEach(r -> pooled.put(r.scope().subjectId(), r));
    if (latest.isEmpty() && errors.isEmpty()) {
      return "  no ratio, percentage or formula indicator with values\n";
    }
    TextTable t = new TextTable(false, false, false, true, true);
    if (!latest.isEmpty()) {
      t.row("", "Indicator", "Period", "Value", "All periods");
    }
    List<IndicatorResult> rows = List.copyOf(latest.values());
    limit(rows).forEach(r -> t.row(names.ficheNumber(r.scope()), names.indicatorLabel(r.scope()),
        r.scope().period().map(Object::toString).orElse(""), r.display(),
        Optional.ofNullable(pooled.get(r.scope().subjectId())).map(IndicatorResult::display).orElse("")));
    return sb.append(t.render("  ")).append(more(rows.size(), "  ")).toString();
  }

  // ---------------------------------------------------------------- actors, reviews, generic

  private String actors(CalculatorRun run, Names names) {
    Map<String, String[]> rows = new LinkedHashMap<>();
    Map<String, String> actorNames = new LinkedHashMap<>();
    run.results(ActorCalculator.PILOTED).forEach(r -> {
      rows.computeIfAbsent(r.scope().subjectId(), k -> new String[2])[0] = r.value().display();
      actorNames.put(r.scope().subjectId(), PILOTS_AND_AFTER.matcher(r.explanation()).replaceFirst(""));
    });
    run.results(ActorCalculator.PARTNERED).forEach(r ->
        rows.computeIfAbsent(r.scope().subjectId(), k -> new String[2])[1] = r.value().display());
    StringBuilder sb = new StringBuilder();
    TextTable t = new TextTable(false, true, true);
    t.row("Actor", "Pilots", "Partners");
    List<String> keys = List.copyOf(rows.keySet());
    limit(keys).forEach(k -> t.row(TextTable.cut(actorNames.getOrDefault(k, k), titleWidth), rows.get(k)[0], rows.get(k)[1]));
    sb.append(t.render("  ")).append(more(keys.size(), "  "));
    List<IndicatorResult> never = run.results(ActorCalculator.NEVER_PILOT);
    if (!never.isEmpty()) {
      sb.append("  Partners never piloting (").append(never.size()).append("): ")
          .append(joinLimited(never.stream().map(r -> r.value().display()).toList())).append('\n');
    }
    List<IndicatorResult> noPilot = run.results(ActorCalculator.NO_PILOT);
    if (!noPilot.isEmpty()) {
      sb.append("  Fiches with no pilot (").append(noPilot.size()).append("): ")
          .append(joinLimited(noPilot.stream().map(r -> names.ficheNumber(r.scope())).toList())).append('\n');
    }
    return sb.toString();
  }

  private String reviews(CalculatorRun run, Names names) {
    List<IndicatorResult> nothing = run.results(ReviewComparisonCalculator.COMPARISON);
    if (!nothing.isEmpty()) {
      return "  " + nothing.get(0).explanation() + "\n";
    }
    StringBuilder sb = new StringBuilder();
    String counts = run.results().stream().filter(r -> r.metric().startsWith("count."))
        .map(r -> r.value().display() + " " + r.metric().substring("count.".length()).replace('-', ' '))
        .collect(Collectors.joining(", "));
    String sides = run.results(ReviewComparisonCalculator.MOVEMENT).stream().findFirst()
        .map(r -> COLON_AND_AFTER.matcher(r.explanation()).replaceFirst("")).orElse("");
    sb.append("  ").append(sides.isEmpty() ? "" : sides + ": ").append("fiches ").append(counts).append('\n');
    List<IndicatorResult> changes = run.results(ReviewComparisonCalculator.STATUS_CHANGE);
    if (!changes.isEmpty()) {
      sb.append("\n  Status changes (").append(changes.size()).append("):\n");
      TextTable t = new TextTable(false, false, false);
      limit(changes).forEach(r -> t.row(names.ficheNumber(r.scope()), names.lineTitle(r.scope()), r.value().display()));
      sb.append(t.render("    ")).append(more(changes.size(), "    "));
    }
    return sb.toString();
  }

  private String generic(CalculatorRun run, Names names) {
    TextTable t = new TextTable(false, false, true, false);
    limit(run.results()).forEach(r -> t.row(names.scope(r.scope()), r.metric(), r.display(),
        TextTable.cut(r.explanation(), titleWidth)));
    return t.render("  ") + more(run.results().size(), "  ");
  }

  // ---------------------------------------------------------------- helpers

  private <T> List<T> limit(List<T> items) {
    return items.size() <= maxItems ? items : items.subList(0, maxItems);
  }

  private String more(int size, String indent) {
    return size > maxItems ? indent + "… and " + (size - maxItems) + " more\n" : "";
  }

  private String joinLimited(List<String> items) {
    // Names may hold commas ("Commune, EPCI, CCAS"): semicolons keep them apart.
    String shown = String.join("; ", limit(items));
    return items.size() > maxItems ? shown + " … and " + (items.size() - maxItems) + " more" : shown;
  }

  private static String signed(String number) {
    return number.startsWith("-") || number.startsWith("0 ") || number.equals("0") ? number : "+" + number;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The plan's words for the elements results are about, with ids as fallback. */
  private record Names(PlanIndex index, int width) {
    String orientation(String code) {
      return index.schema().orientations().stream().filter(o -> o.code().equals(code)).findFirst()
          .map(o -> TextTable.cut(o.code() + "  " + o.title(), width)).orElse(code);
    }

    String ficheNumber(Scope scope) {
      return scope.fiche().flatMap(index::fiche).map(f -> "FA " + f.number()).orElse(scope.fiche().orElse(""));
    }

    String ficheTitle(Scope scope) {
      return scope.fiche().flatMap(index::fiche).map(Fiche::title).map(t -> TextTable.cut(t, width)).orElse("");
    }

    /** A sous-action's title, or the fiche's for a fiche. */
    String lineTitle(Scope scope) {
      if (scope.sousAction().isPresent()) {
        return index.sousAction(scope.sousAction().get()).map(s -> TextTable.cut(s.title(), width))
            .orElse(scope.sousAction().get());
      }
      return ficheTitle(scope);
    }

    String indicatorLabel(Scope scope) {
      return scope.indicator().flatMap(index::indicator).map(Indicator::label).map(l -> TextTable.cut(l, width))
          .orElse(scope.indicator().orElse(""));
    }

    String scope(Scope scope) {
      String base = switch (scope.level()) {
        case PLAN -> "Plan";
        case ORIENTATION -> orientation(scope.orientation().orElseThrow());
        case FICHE -> ficheNumber(scope);
        case SOUS_ACTION -> ficheNumber(scope) + " " + lineTitle(scope);
        case INDICATOR -> ficheNumber(scope) + " " + indicatorLabel(scope);
        case ACTOR -> scope.actor().orElseThrow();
      };
      return base + scope.territory().map(t -> " [" + t + "]").orElse("") + scope.period().map(p -> " " + p).orElse("");
    }
  }
}
