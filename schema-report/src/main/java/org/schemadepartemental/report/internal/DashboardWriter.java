package org.schemadepartemental.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.IndicatorKind;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.TargetType;
import org.schemadepartemental.core.validation.Severity;
import org.schemadepartemental.core.validation.ValidationProblem;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.ScheduleStatus;
import org.schemadepartemental.indicators.ScopeLevel;
import org.schemadepartemental.indicators.builtin.ActorCalculator;
import org.schemadepartemental.indicators.builtin.IndicatorCoverageCalculator;
import org.schemadepartemental.indicators.builtin.ScheduleStatusCalculator;
import org.schemadepartemental.indicators.builtin.TargetAttainmentCalculator;
import org.schemadepartemental.indicators.builtin.TrendCalculator;
import org.schemadepartemental.indicators.support.IndicatorSeries;
import org.schemadepartemental.indicators.support.PeriodValue;
import org.schemadepartemental.report.ReportData;

/**
 * Writes the dashboard page, section after section. Every figure comes from the calculators'
 * results ({@link Results}) or from the series the calculators themselves read
 * ({@link IndicatorSeries}); nothing is computed here but counts of those results.
 */
public final class DashboardWriter {
  private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

  private final ReportData data;
  private final Schema schema;
  private final Results results;
  private final HtmlBuilder h = new HtmlBuilder();

  private DashboardWriter(ReportData data) {
    this.data = data;
    this.schema = data.schema();
    this.results = new Results(data.indicators());
  }

  /** The whole page. */
  public static String write(ReportData data) {
    return new DashboardWriter(data).page();
  }

  private String page() {
    h.markup("<!DOCTYPE html>\n");
    h.open("html", "lang", "fr").newline();
    h.open("head").newline();
    h.empty("meta", "charset", "utf-8").newline();
    h.empty("meta", "http-equiv", "Content-Security-Policy", "content", CSP).newline();
    h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
    h.empty("meta", "name", "generator", "content", "schema report").newline();
    h.element("title", "Tableau de bord — " + schema.title()).newline();
    h.open("style").markup(Css.dashboard()).close("style").newline();
    h.close("head").newline();
    h.open("body").open("div", "class", "page").newline();
    header();
    toc();
    h.open("main").newline();
    gantt();
    progress();
    indicators();
    coverage();
    validation();
    partners();
    h.close("main");
    footer();
    h.close("div").close("body").newline().close("html").newline();
    return h.toString();
  }

  private void header() {
    h.open("header");
    data.illustrative().ifPresent(notice -> h.open("p", "class", "banner", "role", "note", "id", "illustrative")
        .element("strong", "Données illustratives").text(" — " + notice).close("p"));
    h.element("p", "Tableau de bord du schéma départemental", "class", "kicker");
    h.element("h1", schema.title());
    h.open("dl", "class", "facts");
    fact("Département", schema.departement().map(French::departement).orElse("non précisé"));
    fact("Période", schema.period().map(p -> p.first() + "–" + p.last()).orElse("non précisée"));
    fact("Situation au", French.date(data.asOf()));
    Optional<IndicatorResult> overall = results.progress(ScopeLevel.PLAN, schema.id());
    h.open("div").element("dt", "Avancement global");
    h.open("dd", "class", "big", "data-progress", overall.flatMap(IndicatorResult::decimal)
        .map(BigDecimal::toPlainString).orElse(""), "data-scope", "plan", "data-id", schema.id(), "id", "overall-progress");
    h.text(overall.flatMap(IndicatorResult::decimal).map(French::percent).orElse("—"));
    h.close("dd").close("div");
    h.close("dl");
    overall.flatMap(IndicatorResult::decimal).ifPresent(v -> progressBar(v, "big-bar", "Avancement global"));
    overall.ifPresent(r -> h.element("p", "Calcul (calculateur « progress ») : " + r.explanation() + ".",
        "class", "small muted"));
    List<IndicatorResult> counts = statusCounts();
    if (!counts.isEmpty()) {
      h.open("ul", "class", "chips", "aria-label", "Sous-actions par statut");
      h.element("li", "Sous-actions :", "class", "chips-head");
      for (IndicatorResult c : counts) {
        ScheduleStatus s = ScheduleStatus.fromCode(
            c.metric().substring(ScheduleStatusCalculator.COUNT_PREFIX.length()));
        if (c.decimal().filter(v -> v.signum() > 0).isPresent()) {
          h.open("li", "data-status", s.name()).empty("span", "class", "swatch st-" + Labels.css(s), "aria-hidden", "true")
              .text(Labels.status(s) + " : " + French.number(c.decimal().get())).close("li");
        }
      }
      h.close("ul");
    }
    if (!data.notes().isEmpty()) {
      h.open("ul", "class", "notes", "aria-label", "Chargement des données");
      data.notes().forEach(n -> h.element("li", n));
      h.close("ul");
    }
    List<IndicatorResult> failures = data.indicators().failures();
    if (!failures.isEmpty()) {
      h.open("div", "class", "banner", "role", "alert").element("strong", "Calculs en échec");
      h.open("ul");
      failures.forEach(f -> h.element("li", f.calculatorId() + " : " + f.explanation()));
      h.close("ul").close("div");
    }
    h.close("header").newline();
  }

  private List<IndicatorResult> statusCounts() {
    return data.indicators().run(ScheduleStatusCalculator.ID).map(r -> r.results().stream()
        .filter(x -> x.metric().startsWith(ScheduleStatusCalculator.COUNT_PREFIX)).toList()).orElse(List.of());
  }

  private void fact(String term, String value) {
    h.open("div").element("dt", term).element("dd", value).close("div");
  }

  private void toc() {
    h.open("nav", "class", "toc", "aria-labelledby", "toc-title");
    h.element("h2", "Sommaire", "id", "toc-title");
    h.open("ol");
    for (String[] s : SECTIONS) {
      h.open("li").element("a", s[1], "href", "#" + s[0]).close("li");
    }
    h.close("ol").close("nav").newline();
  }

  private static final String[][] SECTIONS = {
      {"calendrier", "Calendrier des actions"},
      {"avancement", "Avancement par orientation et par fiche"},
      {"indicateurs", "Indicateurs suivis"},
      {"couverture", "Couverture des indicateurs"},
      {"controles", "Contrôles de cohérence du plan"},
      {"partenaires", "Pilotes et partenaires par fiche"},
  };

  private void openSection(int index) {
    h.open("section", "id", SECTIONS[index][0], "aria-labelledby", SECTIONS[index][0] + "-h");
    h.element("h2", (index + 1) + ". " + SECTIONS[index][1], "id", SECTIONS[index][0] + "-h");
    if (data.illustrative().isPresent()) {
      h.element("p", "Données illustratives", "class", "illustrative-tag");
    }
  }

  private void closeSection() {
    h.close("section").newline();
  }

  // 1. Gantt

  private void gantt() {
    openSection(0);
    Optional<GanttChart.Timeline> timeline = GanttChart.timeline(schema);
    if (timeline.isEmpty()) {
      h.element("p", "Aucun calendrier daté et aucune période de plan : pas de diagramme.");
      closeSection();
      return;
    }
    h.element("p", "Par semestre, chaque ligne est colorée selon son statut à la date de situation, écrit aussi en fin "
        + "de ligne. Barres épaisses : sous-actions ; barres fines : étendue de la fiche ou de l'orientation. "
        + "La ligne pointillée marque le " + French.date(data.asOf()) + ".", "class", "small muted");
    GanttChart.legend(h);
    int i = 0;
    for (Orientation o : schema.orientations()) {
      i++;
      h.element("h3", "Orientation " + o.code() + " : " + o.title(), "id", "gantt-o" + i);
      GanttChart.render(h, schema, o, results, data.asOf(), timeline.get(), "gantt-svg-" + i);
      h.newline();
    }
    closeSection();
  }

  // 2. Progress

  private void progress() {
    openSection(1);
    h.element("p", "Avancement : moyenne pondérée des sous-actions renseignées (calculateur « progress »), d'après la "
        + "dernière revue connue au " + French.date(data.asOf()) + ". Statut : calculateur « schedule-status ». "
        + "Une sous-action sans évaluation n'est jamais comptée comme nulle.", "class", "small muted");
    h.open("table", "class", "progress-table");
    h.element("caption", "Avancement, statut, sous-actions en retard, non planifiées et sans évaluation");
    h.open("thead").open("tr");
    h.element("th", "Orientation / fiche", "scope", "col");
    h.element("th", "Avancement", "scope", "col");
    h.element("th", "Statut", "scope", "col");
    h.element("th", "En retard", "scope", "col", "class", "num");
    h.element("th", "Non planifiées", "scope", "col", "class", "num");
    h.element("th", "Sans évaluation", "scope", "col", "class", "num");
    h.close("tr").close("thead").open("tbody");
    int oi = 0;
    for (Orientation o : schema.orientations()) {
      oi++;
      List<Optional<ScheduleStatus>> lines = new ArrayList<>();
      o.fiches().forEach(f -> lines.addAll(lineStatuses(f)));
      h.open("tr", "class", "orientation-row", "id", "avancement-o" + oi);
      h.element("th", "Orientation " + o.code() + " : " + o.title(), "scope", "row");
      progressCells(ScopeLevel.ORIENTATION, o.code(), "orientation", lines);
      h.close("tr");
      for (Fiche f : o.fiches()) {
        h.open("tr", "class", "fiche-row");
        h.open("th", "scope", "row").text(GanttChart.ficheName(f) + " : " + f.title()).close("th");
        progressCells(ScopeLevel.FICHE, f.id(), "fiche", lineStatuses(f));
        h.close("tr");
      }
    }
    h.close("tbody").close("table");
    closeSection();
  }

  /** The status of each line of work of a fiche: its sous-actions, or itself when it has none. */
  private List<Optional<ScheduleStatus>> lineStatuses(Fiche f) {
    if (f.sousActions().isEmpty()) {
      return List.of(results.status(ScopeLevel.FICHE, f.id()));
    }
    return f.sousActions().stream().map(sa -> results.status(ScopeLevel.SOUS_ACTION, sa.id())).toList();
  }

  private void progressCells(ScopeLevel level, String id, String scope, List<Optional<ScheduleStatus>> lines) {
    Optional<IndicatorResult> p = results.progress(level, id);
    Optional<BigDecimal> value = p.flatMap(IndicatorResult::decimal);
    h.open("td", "class", "progress-cell", "data-progress", value.map(BigDecimal::toPlainString).orElse(""),
        "data-scope", scope, "data-id", id, "title", p.map(IndicatorResult::explanation).orElse(null));
    value.ifPresent(v -> progressBar(v, null, null));
    h.open("span", "class", "pvalue").text(value.map(French::percent).orElse("—")).close("span");
    h.close("td");
    Optional<ScheduleStatus> status = results.status(level, id);
    h.open("td", "class", "status", "data-status", status.map(Enum::name).orElse(""));
    status.ifPresent(s -> h.empty("span", "class", "swatch st-" + Labels.css(s), "aria-hidden", "true"));
    h.text(status.map(Labels::status).orElse("—")).close("td");
    long late = lines.stream().filter(s -> s.filter(x -> x == ScheduleStatus.LATE).isPresent()).count();
    long unscheduled = lines.stream().filter(s -> s.filter(x -> x == ScheduleStatus.UNSCHEDULED).isPresent()).count();
    h.element("td", Long.toString(late), "class", "num late-count" + (late > 0 ? " nonzero" : ""), "data-late",
        Long.toString(late));
    h.element("td", Long.toString(unscheduled), "class", "num", "data-unscheduled", Long.toString(unscheduled));
    Optional<IndicatorResult> missing = results.missing(level, id);
    h.open("td", "class", "num missing", "title", missing.map(IndicatorResult::explanation).orElse(null));
    h.text(missing.flatMap(IndicatorResult::decimal).map(French::number).orElse("—"));
    missing.flatMap(IndicatorResult::unit).ifPresent(u -> h.text(" ").element("span", u, "class", "unit"));
    h.close("td");
  }

  private void progressBar(BigDecimal value, String extraClass, String label) {
    double pct = Math.max(0, Math.min(100, value.doubleValue()));
    h.open("span", "class", "pbar" + (extraClass == null ? "" : " " + extraClass), "role", "img",
        "aria-label", (label == null ? "Avancement" : label) + " " + French.percent(value));
    h.empty("span", "style", "width:" + HtmlBuilder.num(pct) + "%");
    h.close("span");
  }

  // 3. Indicators

  private void indicators() {
    openSection(2);
    IndicatorSeries series = IndicatorSeries.of(schema, data.context());
    List<Indicator> withData = schema.indicators().stream()
        .filter(i -> series.values(i).stream().anyMatch(PeriodValue::isDefined)).toList();
    h.element("p", withData.size() + " indicateur(s) sur " + schema.indicators().size() + " ont des valeurs au "
        + French.date(data.asOf()) + ". Taux d'atteinte : calculateur « target-attainment » (de la référence à la "
        + "cible) ; tendance : calculateur « trends » (d'une période mesurée à la suivante).", "class", "small muted");
    if (withData.isEmpty()) {
      h.element("p", "Aucun indicateur n'a encore de valeur : voir la couverture des indicateurs.");
      closeSection();
      return;
    }
    h.open("div", "class", "cards");
    int i = 0;
    for (Indicator ind : withData) {
      i++;
      card(ind, series.values(ind), "ind-" + i);
    }
    h.close("div");
    closeSection();
  }

  private void card(Indicator ind, List<PeriodValue> values, String idPrefix) {
    Optional<Fiche> fiche = schema.fiches().stream().filter(f -> f.indicators().contains(ind)).findFirst();
    h.open("article", "class", "card", "data-indicator", ind.id(), "id", idPrefix);
    h.element("h3", ind.label());
    h.element("p", fiche.map(GanttChart::ficheName).orElse("") + " · " + ind.id() + " · " + kind(ind.kind())
        + ind.unit().map(u -> " · " + u).orElse(""), "class", "meta");
    LineChart.render(h, ind, values, idPrefix + "-chart");
    h.open("dl");
    List<PeriodValue> defined = values.stream().filter(PeriodValue::isDefined).toList();
    PeriodValue last = defined.get(defined.size() - 1);
    h.element("dt", "Dernière valeur");
    h.element("dd", French.value(last.value().orElseThrow(), ind.measureType()) + " (" + French.period(last.period())
        + ")");
    h.element("dt", "Référence");
    h.element("dd", ind.baseline().map(b -> French.number(b.value()) + b.period().map(p -> " (" + French.period(p)
        + ")").orElse("")).orElse("non renseignée"));
    h.element("dt", "Cible");
    h.element("dd", ind.targets().isEmpty() ? "non renseignée" : String.join(" ; ", ind.targets().stream()
        .map(t -> French.number(t.value()) + t.due().map(p -> " en " + French.period(p)).orElse("")
            + (t.type() == TargetType.FINAL ? "" : " (étape)")).toList()));
    Optional<IndicatorResult> attainment = results.find(TargetAttainmentCalculator.ID, TargetAttainmentCalculator.ATTAINMENT,
        ScopeLevel.INDICATOR, ind.id());
    h.element("dt", "Taux d'atteinte");
    h.open("dd", "class", "attainment", "data-attainment",
        attainment.flatMap(IndicatorResult::decimal).map(BigDecimal::toPlainString).orElse(""));
    h.text(attainment.flatMap(IndicatorResult::decimal).map(French::percent)
        .orElse(attainment.isPresent() ? "non calculable" : "pas de cible"));
    attainment.ifPresent(a -> h.element("div", a.explanation(), "class", "how"));
    h.close("dd");
    h.element("dt", "Tendance");
    h.open("dd", "class", "trend");
    List<IndicatorResult> directions = results.all(TrendCalculator.ID, TrendCalculator.DIRECTION, ScopeLevel.INDICATOR,
        ind.id());
    if (directions.isEmpty()) {
      h.text("une seule période mesurée");
    } else {
      IndicatorResult d = directions.get(directions.size() - 1);
      String period = d.scope().period().map(French::period).orElse("");
      Optional<IndicatorResult> change = results.all(TrendCalculator.ID, TrendCalculator.CHANGE, ScopeLevel.INDICATOR,
          ind.id()).stream().filter(c -> c.scope().period().equals(d.scope().period())).findFirst();
      Optional<IndicatorResult> relative = results.all(TrendCalculator.ID, TrendCalculator.RELATIVE_CHANGE,
          ScopeLevel.INDICATOR, ind.id()).stream().filter(c -> c.scope().period().equals(d.scope().period())).findFirst();
      h.open("span", "data-direction", d.code().orElse("")).text(d.code().map(Labels::direction).orElse("—"))
          .close("span");
      h.text(" en " + period + change.flatMap(IndicatorResult::decimal).map(c -> " : " + French.signed(c)).orElse("")
          + relative.flatMap(IndicatorResult::decimal).map(c -> " (" + French.signed(c) + French.NNBSP + "%)").orElse(""));
      change.ifPresent(c -> h.element("div", c.explanation(), "class", "how"));
    }
    h.close("dd");
    h.close("dl");
    h.close("article").newline();
  }

  private static String kind(IndicatorKind k) {
    return switch (k) {
      case OUTPUT -> "réalisation";
      case OUTCOME -> "impact";
      default -> "type non précisé";
    };
  }

  // 4. Coverage

  private void coverage() {
    openSection(3);
    h.element("p", "Calculateur « indicator-coverage » : une fiche s'évalue avec au moins un indicateur de réalisation "
        + "et un d'impact ; un indicateur sans valeur ne renseigne pas le comité.", "class", "small muted");
    List<IndicatorResult> planCounts = data.indicators().run(IndicatorCoverageCalculator.ID)
        .map(r -> r.results().stream().filter(x -> x.scope().level() == ScopeLevel.PLAN && !x.isFailure()).toList())
        .orElse(List.of());
    if (!planCounts.isEmpty()) {
      h.open("table", "class", "coverage-counts");
      h.element("caption", "Synthèse");
      h.open("tbody");
      for (IndicatorResult c : planCounts) {
        h.open("tr").element("th", coverageCount(c.metric()), "scope", "row")
            .element("td", c.decimal().map(French::number).orElse(c.display()), "class", "num").close("tr");
      }
      h.close("tbody").close("table");
    }
    h.element("h3", "Fiches dont l'évaluation est incomplète");
    List<IndicatorResult> fiches = results.atLevel(IndicatorCoverageCalculator.ID, IndicatorCoverageCalculator.COVERAGE,
        ScopeLevel.FICHE).stream().filter(r -> !r.code().orElse("").equals("COMPLETE")).toList();
    if (fiches.isEmpty()) {
      h.element("p", "Toutes les fiches actives ont des indicateurs de réalisation et d'impact.");
    } else {
      h.open("table", "class", "coverage-fiches");
      h.element("caption", "Fiches sans indicateur, ou sans indicateur de réalisation ou d'impact");
      h.open("thead").open("tr").element("th", "Fiche", "scope", "col").element("th", "Constat", "scope", "col")
          .close("tr").close("thead").open("tbody");
      for (IndicatorResult r : fiches) {
        h.open("tr", "data-coverage", r.code().orElse(""));
        h.element("th", ficheLabel(r.scope().subjectId()), "scope", "row");
        h.element("td", Labels.coverage(r.code().orElse("")));
        h.close("tr");
      }
      h.close("tbody").close("table");
    }
    h.element("h3", "Indicateurs sans donnée");
    indicatorProblems(IndicatorCoverageCalculator.NO_MEASUREMENT, "Aucun indicateur n'est sans donnée.",
        "Indicateurs sans valeur mesurée à la date, par fiche");
    List<IndicatorResult> stale = results.atLevel(IndicatorCoverageCalculator.ID,
        IndicatorCoverageCalculator.STALE_MEASUREMENT, ScopeLevel.INDICATOR);
    if (!stale.isEmpty()) {
      h.element("h3", "Indicateurs dont la dernière valeur est ancienne");
      indicatorProblems(IndicatorCoverageCalculator.STALE_MEASUREMENT, "", "Dernière valeur trop ancienne, par fiche");
    }
    closeSection();
  }

  private void indicatorProblems(String metric, String none, String caption) {
    Map<String, List<IndicatorResult>> byFiche = new LinkedHashMap<>();
    for (IndicatorResult r : results.atLevel(IndicatorCoverageCalculator.ID, metric, ScopeLevel.INDICATOR)) {
      byFiche.computeIfAbsent(r.scope().fiche().orElse(""), k -> new ArrayList<>()).add(r);
    }
    if (byFiche.isEmpty()) {
      h.element("p", none);
      return;
    }
    h.open("table", "class", "coverage-indicators", "data-metric", metric);
    h.element("caption", caption);
    h.open("thead").open("tr").element("th", "Fiche", "scope", "col").element("th", "Indicateurs", "scope", "col")
        .close("tr").close("thead").open("tbody");
    for (Map.Entry<String, List<IndicatorResult>> e : byFiche.entrySet()) {
      h.open("tr").element("th", ficheLabel(e.getKey()), "scope", "row").open("td").open("ul");
      for (IndicatorResult r : e.getValue()) {
        String label = schema.indicator(r.scope().subjectId()).map(Indicator::label).orElse("");
        h.open("li", "data-indicator", r.scope().subjectId()).element("code", r.scope().subjectId())
            .text(" " + French.shorten(label, 140)).close("li");
      }
      h.close("ul").close("td").close("tr");
    }
    h.close("tbody").close("table");
  }

  private String ficheLabel(String ficheId) {
    return schema.fiche(ficheId).map(f -> GanttChart.ficheName(f) + " : " + French.shorten(f.title(), 90))
        .orElse(ficheId);
  }

  private static String coverageCount(String metric) {
    return switch (metric) {
      case "fiches-without-output-indicator" -> "Fiches sans indicateur de réalisation";
      case "fiches-without-outcome-indicator" -> "Fiches sans indicateur d'impact";
      case "indicators-without-baseline" -> "Indicateurs sans valeur de référence";
      case "indicators-without-target" -> "Indicateurs sans cible";
      case "indicators-without-measurement" -> "Indicateurs sans donnée";
      case "indicators-with-stale-measurement" -> "Indicateurs à la dernière valeur ancienne";
      default -> metric;
    };
  }

  // 5. Validation

  private void validation() {
    openSection(4);
    List<ValidationProblem> problems = data.validation().problems();
    h.element("p", "Contrôles du validateur (règles standard) : " + data.validation().count(Severity.ERROR)
        + " erreur(s), " + data.validation().count(Severity.WARNING) + " avertissement(s), "
        + data.validation().count(Severity.INFO) + " remarque(s).", "class", "validation-summary");
    if (problems.isEmpty()) {
      h.element("p", "Aucun problème relevé.");
      closeSection();
      return;
    }
    h.open("table", "class", "validation");
    h.element("caption", "Problèmes relevés, par gravité");
    h.open("thead").open("tr").element("th", "Gravité", "scope", "col").element("th", "Élément", "scope", "col")
        .element("th", "Constat", "scope", "col").element("th", "Règle", "scope", "col").close("tr").close("thead");
    h.open("tbody");
    List<ValidationProblem> sorted = new ArrayList<>(problems);
    sorted.sort((a, b) -> a.severity().compareTo(b.severity()));
    for (ValidationProblem p : sorted) {
      h.open("tr", "data-severity", p.severity().name());
      h.element("td", Labels.severity(p.severity()), "class", "sev-" + p.severity().name().toLowerCase(Locale.ROOT));
      h.element("td", ModelNames.of(schema, p.path()), "title", p.path().toString());
      h.element("td", p.message());
      h.open("td").element("code", p.code()).close("td");
      h.close("tr");
    }
    h.close("tbody").close("table");
    closeSection();
  }

  // 6. Partners

  private void partners() {
    openSection(5);
    List<IndicatorResult> piloted = results.atLevel(ActorCalculator.ID, ActorCalculator.PILOTED, ScopeLevel.ACTOR);
    List<Fiche> fiches = schema.fiches().stream()
        .filter(f -> f.lifecycle().status() == org.schemadepartemental.core.FicheStatus.ACTIVE).toList();
    List<IndicatorResult> summary = data.indicators().run(ActorCalculator.ID)
        .map(r -> r.results().stream().filter(x -> x.scope().level() == ScopeLevel.PLAN && !x.isFailure()).toList())
        .orElse(List.of());
    if (!summary.isEmpty()) {
      h.open("ul", "class", "chips");
      for (IndicatorResult r : summary) {
        h.element("li", r.decimal().map(French::number).orElse(r.display()) + " " + actorCount(r.metric()));
      }
      h.close("ul");
    }
    if (piloted.isEmpty() || fiches.isEmpty()) {
      h.element("p", "Aucun pilote ni partenaire n'est nommé.");
      closeSection();
      return;
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (Fiche f : fiches) {
      f.pilots().forEach(a -> names.putIfAbsent(a.key(), a.name()));
      f.partners().forEach(a -> names.putIfAbsent(a.key(), a.name()));
    }
    h.element("p", "Acteurs reconnus d'une fiche à l'autre par leur nom normalisé (calculateur « actors »), par ordre "
        + "d'implication. P : pilote ; A : partenaire associé ; en fin de ligne, le nombre de fiches de chaque rôle.",
        "class", "small muted");
    h.open("div", "class", "matrix-wrap");
    h.open("table", "class", "matrix");
    h.element("caption", "Pilotes et partenaires par fiche");
    h.open("thead").open("tr").element("th", "Acteur", "scope", "col");
    for (Fiche f : fiches) {
      h.open("th", "scope", "col", "class", "num").element("abbr", GanttChart.ficheName(f), "title", f.title())
          .close("th");
    }
    h.open("th", "scope", "col", "class", "num").element("abbr", "P", "title", "nombre de fiches pilotées")
        .close("th");
    h.open("th", "scope", "col", "class", "num").element("abbr", "A", "title", "nombre de fiches comme partenaire associé")
        .close("th");
    h.close("tr").close("thead").open("tbody");
    for (IndicatorResult r : piloted) {
      String key = r.scope().subjectId();
      h.open("tr", "data-actor", key);
      h.element("th", names.getOrDefault(key, key), "scope", "row");
      for (Fiche f : fiches) {
        boolean pilot = f.pilots().stream().map(Actor::key).anyMatch(key::equals);
        boolean partner = f.partners().stream().map(Actor::key).anyMatch(key::equals);
        if (pilot) {
          h.element("td", "P", "class", "cell pilot", "title", "pilote de " + GanttChart.ficheName(f));
        } else if (partner) {
          h.element("td", "A", "class", "cell partner", "title", "partenaire de " + GanttChart.ficheName(f));
        } else {
          h.element("td", "", "class", "cell");
        }
      }
      h.element("td", r.decimal().map(French::number).orElse("—"), "class", "num");
      Optional<IndicatorResult> partnered = results.find(ActorCalculator.ID, ActorCalculator.PARTNERED,
          ScopeLevel.ACTOR, key);
      h.element("td", partnered.flatMap(IndicatorResult::decimal).map(French::number).orElse("—"), "class", "num");
      h.close("tr");
    }
    h.close("tbody").close("table").close("div");
    closeSection();
  }

  private static String actorCount(String metric) {
    return switch (metric) {
      case "actors" -> "acteurs distincts";
      case "partners-never-piloting" -> "partenaires ne pilotant aucune fiche";
      case "fiches-without-pilot" -> "fiches sans pilote";
      default -> metric;
    };
  }

  private void footer() {
    h.open("footer");
    h.element("p", "Document produit par « schema report » : chiffres au " + French.date(data.asOf())
        + " calculés par " + String.join(", ", data.indicators().runs().stream().map(r -> r.calculatorId()).toList())
        + " ; contrôles par le validateur standard. Fichier autonome, lisible hors ligne.");
    data.illustrative().ifPresent(n -> h.element("p", "Données illustratives : " + n));
    h.close("footer").newline();
  }
}
