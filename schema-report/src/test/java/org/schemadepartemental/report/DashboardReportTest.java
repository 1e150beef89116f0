package org.schemadepartemental.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.ScopeLevel;
import org.schemadepartemental.indicators.builtin.ProgressCalculator;
import org.schemadepartemental.report.internal.GanttChart;

class DashboardReportTest {

  private static final ReportData HOSTILE = HostilePlans.report();
  private static final String HOSTILE_HTML = DashboardReport.render(HOSTILE);

  @Test
  void hostileTitlesAreWrittenAsTextNeverAsMarkup() {
    String lower = HOSTILE_HTML.toLowerCase(Locale.ROOT);
    assertThat(lower).doesNotContain("<script").doesNotContain("<img").doesNotContain("<iframe")
        .doesNotContain("<svg onload").doesNotContain("<a href=\"javascript");
    // No real tag carries an event handler (the plan's "onload=" stays inside escaped text).
    assertThat(lower).doesNotContainPattern("<[a-z][^>]*\\son[a-z]+=");
    // The plan's </style> does not end our style sheet: the only end tag is ours.
    assertThat(count(lower, "</style>")).isEqualTo(1);
    assertThat(HOSTILE_HTML).contains("&lt;script&gt;window.pwned=1;document.title=&#39;pwned&#39;&lt;/script&gt;")
        .contains("javascript:alert(1) &lt;/style&gt;&lt;script&gt;")
        .contains("&quot;onload=&quot;alert(1)")
        .contains("&lt;img src=x onerror=&quot;window.pwned=3&quot;&gt;");
  }

  @Test
  void theOnlyUrlsAreTheSvgNamespaceAndEveryLinkIsAnAnchor() {
    Matcher urls = Pattern.compile("(?i)(https?|file|data|javascript):[^\\s\"'<>]*").matcher(HOSTILE_HTML);
    List<String> found = new ArrayList<>();
    while (urls.find()) {
      found.add(urls.group());
    }
    // The plan's own "javascript:" and "https:" texts are there, escaped inside text; never in an href or src.
    assertThat(HOSTILE_HTML).doesNotContainPattern("(?i)(href|src)=\"(?!#)");
    assertThat(HOSTILE_HTML).contains("<meta http-equiv=\"Content-Security-Policy\" "
        + "content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:\">");
    assertThat(found).filteredOn(u -> u.startsWith("http://www.w3.org/2000/svg")).isNotEmpty();
  }

  @Test
  void theGanttHasOneBarPerScheduledSousActionAndNoneForAnUndatedOne() {
    assertThat(barIds(HOSTILE_HTML, "sous-action")).containsExactlyElementsOf(HostilePlans.SCHEDULED);
    // The fiche without sous-actions is a line of its own with its own bar.
    assertThat(barIds(HOSTILE_HTML, "fiche")).containsExactly("fa-2");
  }

  @Test
  void theGanttOfTheOrnePlanHasOneBarPerDatedSousAction() {
    ReportData orne = Examples.orneReport();
    String html = DashboardReport.render(orne);
    List<String> expected = new ArrayList<>();
    for (Fiche f : orne.schema().fiches()) {
      for (SousAction sa : f.sousActions()) {
        if (GanttChart.effectiveCalendar(f, sa).isDated()) {
          expected.add(sa.id());
        }
      }
    }
    assertThat(expected).hasSizeGreaterThan(40);
    assertThat(barIds(html, "sous-action")).containsExactlyElementsOf(expected);
  }

  @Test
  void progressShownIsTheProgressCalculatorsFigure() {
    ReportData orne = Examples.orneReport();
    String html = DashboardReport.render(orne);
    Schema plan = orne.schema();
    int checked = 0;
    for (Orientation o : plan.orientations()) {
      checked += checkProgress(html, orne, ScopeLevel.ORIENTATION, "orientation", o.code());
      for (Fiche f : o.fiches()) {
        checked += checkProgress(html, orne, ScopeLevel.FICHE, "fiche", f.id());
      }
    }
    assertThat(checked).isEqualTo(16);
    BigDecimal overall = result(orne, ScopeLevel.PLAN, plan.id()).decimal().orElseThrow();
    assertThat(html).contains("data-progress=\"" + overall.toPlainString() + "\" data-scope=\"plan\"");
  }

  private static int checkProgress(String html, ReportData data, ScopeLevel level, String scope, String id) {
    IndicatorResult r = result(data, level, id);
    Matcher m = Pattern.compile("data-progress=\"([^\"]*)\" data-scope=\"" + scope + "\" data-id=\""
        + Pattern.quote(id) + "\"[^>]*>.*?<span class=\"pvalue\">([^<]*)</span>").matcher(html);
    assertThat(m.find()).as("progress cell of %s %s", scope, id).isTrue();
    assertThat(m.group(1)).isEqualTo(r.decimal().map(BigDecimal::toPlainString).orElse(""));
    String shown = r.decimal().map(v -> v.toPlainString().replace('.', ',') + "\u202F%").orElse("—");
    assertThat(m.group(2)).isEqualTo(shown);
    return 1;
  }

  private static IndicatorResult result(ReportData data, ScopeLevel level, String id) {
    return data.indicators().results(ProgressCalculator.ID, ProgressCalculator.PROGRESS).stream()
        .filter(r -> r.scope().level() == level && r.scope().subjectId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void everySectionOfTheBundledExampleHasContentAndTheBannerSaysItIsIllustrative() {
    String html = DashboardReport.render(Examples.orneReport());
    assertThat(html).contains("<html lang=\"fr\">").contains("id=\"illustrative\"").contains("Données illustratives");
    for (String id : List.of("calendrier", "avancement", "indicateurs", "couverture", "controles", "partenaires")) {
      assertThat(html).contains("<a href=\"#" + id + "\">").contains("<section id=\"" + id + "\"");
    }
    assertThat(count(html, "<article class=\"card\"")).isEqualTo(13);
    assertThat(html).contains("data-attainment=\"56.3\"").contains("data-metric=\"no-measurement\"")
        .contains("class=\"validation\"").contains("data-actor=\"CAF\"");
    assertThat(DashboardReport.render(HOSTILE)).doesNotContain("id=\"illustrative\"");
  }

  @Test
  void tablesAndChartsCarryTheirAccessibleNames() {
    assertThat(count(HOSTILE_HTML, "<table")).isEqualTo(count(HOSTILE_HTML, "<caption>"));
    assertThat(count(HOSTILE_HTML, "<svg")).isEqualTo(count(HOSTILE_HTML, "role=\"img\" aria-labelledby="));
    assertThat(HOSTILE_HTML).doesNotContain("<th>");
  }

  private static List<String> barIds(String html, String level) {
    Matcher m = Pattern.compile("<g class=\"gantt-bar\" data-level=\"" + level + "\" data-id=\"([^\"]*)\"").matcher(html);
    List<String> ids = new ArrayList<>();
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
