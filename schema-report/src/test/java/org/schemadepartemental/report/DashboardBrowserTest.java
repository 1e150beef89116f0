package org.schemadepartemental.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.ScopeLevel;
import org.schemadepartemental.indicators.builtin.ProgressCalculator;
import org.schemadepartemental.report.internal.GanttChart;

/**
 * The dashboard in a real browser: Debian's headless Chromium driven through its own
 * chromedriver (never a driver or browser fetched by Selenium Manager), pages opened from
 * {@code file://}. Skipped only when {@code /usr/bin/chromium} is not installed.
 *
 * <p>To refresh the screenshot of the documentation:
 * {@code mvn -pl schema-report test -Dtest=DashboardBrowserTest -Dreport.screenshot=../docs/images/report.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path OUT = Path.of("target", "browser");

  private ChromeDriver driver;
  private ChromeDriverService service;

  @BeforeAll
  void startBrowser() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (apt-get install chromium chromium-driver)");
    Files.createDirectories(OUT);
    Path profile = Files.createTempDirectory(OUT.toAbsolutePath(), "profile-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
        "--hide-scrollbars", "--window-size=1280,1400", "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // An explicit driver executable: Selenium Manager is not asked to find or download one.
    service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
  }

  private Path page(String name, ReportData data) {
    Path file = OUT.resolve(name + ".html").toAbsolutePath();
    DashboardReport.write(data, file);
    driver.manage().window().setSize(new Dimension(1280, 1400));
    driver.get(file.toUri().toString());
    return file;
  }

  private Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private void loadsCleanlyWithNothingFetched(Path file) {
    List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
    assertThat(entries).as("browser console").filteredOn(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING
        .intValue()).isEmpty();
    assertThat(js("return performance.getEntriesByType('resource').length")).isEqualTo(0L);
    assertThat(js("return performance.getEntriesByType('navigation').map(e => e.name)"))
        .isEqualTo(List.of(file.toUri().toString()));
    assertThat(js("return document.scripts.length")).isEqualTo(0L);
  }

  @Test
  void theBundledExampleRendersAsTheCalculatorsSay() throws IOException {
    ReportData data = Examples.orneReport();
    Path file = page("orne", data);
    loadsCleanlyWithNothingFetched(file);
    assertThat(driver.getTitle()).startsWith("Tableau de bord — Schéma départemental de l'enfance et de la famille");
    assertThat(js("return document.documentElement.lang")).isEqualTo("fr");
    assertThat(js("return document.getElementById('illustrative').innerText")).asString().startsWith("DONNÉES ILLUSTRATIVES");

    long scheduled = data.schema().fiches().stream().mapToLong(f -> f.sousActions().stream()
        .filter(sa -> GanttChart.effectiveCalendar(f, sa).isDated()).count()).sum();
    assertThat(js("return document.querySelectorAll('g.gantt-bar[data-level=\"sous-action\"]').length"))
        .isEqualTo(scheduled);
    for (Fiche f : data.schema().fiches()) {
      for (SousAction sa : f.sousActions()) {
        Object rects = js("return document.querySelectorAll('g.gantt-bar[data-id=\"" + sa.id() + "\"] rect').length");
        assertThat((Long) rects).as("bar of %s drawn", sa.id()).isPositive();
      }
    }

    @SuppressWarnings("unchecked")
    List<Map<String, String>> cells = (List<Map<String, String>>) js("return Array.from(document.querySelectorAll("
        + "'td.progress-cell')).map(td => ({scope: td.dataset.scope, id: td.dataset.id, value: td.dataset.progress, "
        + "shown: td.querySelector('.pvalue').textContent}))");
    assertThat(cells).hasSize(16);
    for (Map<String, String> cell : cells) {
      ScopeLevel level = cell.get("scope").equals("fiche") ? ScopeLevel.FICHE : ScopeLevel.ORIENTATION;
      IndicatorResult r = data.indicators().results(ProgressCalculator.ID, ProgressCalculator.PROGRESS).stream()
          .filter(x -> x.scope().level() == level && x.scope().subjectId().equals(cell.get("id"))).findFirst()
          .orElseThrow();
      BigDecimal expected = r.decimal().orElseThrow();
      assertThat(new BigDecimal(cell.get("value"))).as("progress of %s", cell.get("id")).isEqualByComparingTo(expected);
      assertThat(cell.get("shown")).isEqualTo(expected.toPlainString().replace('.', ',') + "\u202F%");
    }
    BufferedImage top = screenshot("orne-top", false);
    assertNotBlank(top);
    assertNotBlank(screenshot("orne-full", true));
    String docs = System.getProperty("report.screenshot");
    if (docs != null && !docs.isBlank()) {
      Files.copy(OUT.resolve("orne-top.png"), Path.of(docs), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void aPlanWithScriptInItsTitlesExecutesNothing() throws IOException {
    Path file = page("hostile", HostilePlans.report());
    loadsCleanlyWithNothingFetched(file);
    assertThat(js("return typeof window.pwned")).isEqualTo("undefined");
    assertThat(driver.getTitle()).isEqualTo("Tableau de bord — " + HostilePlans.TITLE);
    assertThat(js("return document.querySelector('h1').textContent")).isEqualTo(HostilePlans.TITLE);
    assertThat(js("return document.querySelectorAll('img, iframe, a[href^=\"javascript\"], [onload], [onerror]').length"))
        .isEqualTo(0L);
    assertThat(js("return document.querySelectorAll('g.gantt-bar[data-level=\"sous-action\"]').length"))
        .isEqualTo((long) HostilePlans.SCHEDULED.size());
    // The style sheet survived the plan's "</style>": the page is styled.
    assertThat(js("return getComputedStyle(document.querySelector('h1')).color")).isEqualTo("rgb(31, 78, 121)");
    assertNotBlank(screenshot("hostile", true));
  }

  private BufferedImage screenshot(String name, boolean fullPage) throws IOException {
    if (fullPage) {
      long height = (Long) js("return Math.ceil(document.documentElement.scrollHeight)");
      driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 20, 16000)));
    }
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Files.write(OUT.resolve(name + ".png"), png);
    driver.manage().window().setSize(new Dimension(1280, 1400));
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  /** Many colours, and a fair share of the page not white: something was drawn. */
  private static void assertNotBlank(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    long inked = 0;
    long sampled = 0;
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        sampled++;
        if (rgb != 0xffffff) {
          inked++;
        }
      }
    }
    assertThat(colours.size()).as("distinct colours").isGreaterThan(50);
    assertThat((double) inked / sampled).as("share of non-white pixels").isGreaterThan(0.05);
  }

}
