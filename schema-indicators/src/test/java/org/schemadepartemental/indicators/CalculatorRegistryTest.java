package org.schemadepartemental.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadepartemental.indicators.spi.Calculator;
import org.schemadepartemental.io.plugin.ProviderLoadException;

class CalculatorRegistryTest {
  private static final EvaluationContext CONTEXT = EvaluationContext.asOf(LocalDate.of(2019, 7, 1));

  @TempDir
  Path services;

  /** A class loader that sees the test classes but only the services files written in the temp dir. */
  private ClassLoader isolated(String... providerClassNames) throws IOException {
    Path file = services.resolve("META-INF/services/" + Calculator.class.getName());
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", providerClassNames) + "\n");
    return new URLClassLoader(new URL[] {services.toUri().toURL()}, getClass().getClassLoader()) {
      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        return findResources(name);
      }
    };
  }

  @Test
  void discoversTheNineBuiltInsInPriorityThenIdOrder() {
    CalculatorRegistry registry = CalculatorRegistry.builder().strict(true).build();
    assertThat(registry.ids()).containsExactly("actors", "calendar-load", "indicator-coverage", "progress", "ratios",
        "review-comparison", "schedule-status", "target-attainment", "trends");
    assertThat(registry.loadReport().isClean()).isTrue();
    assertThat(registry.entries()).allSatisfy(e -> assertThat(e.origin().isManual()).isFalse());
  }

  @Test
  void runsEveryBuiltInOnAPlanWithoutFailure() {
    IndicatorReport report = CalculatorRegistry.discover().runAll(Plans.orne(), CONTEXT);
    assertThat(report.failures()).isEmpty();
    assertThat(report.runs()).hasSize(9);
    assertThat(report.results("schedule-status", "count.late")).singleElement()
        .satisfies(r -> assertThat(r.decimal().orElseThrow()).isEqualByComparingTo("4"));
  }

  @Test
  void manualRegistrationWithoutDiscovery() {
    CalculatorRegistry registry = CalculatorRegistry.builder().discovery(false).register(new TestCalculators.FicheCount()).build();
    assertThat(registry.ids()).containsExactly("fiche-count");
    assertThat(registry.entries().get(0).origin().isManual()).isTrue();
    IndicatorReport report = registry.runAll(Plans.orne(), CONTEXT);
    assertThat(report.results("fiche-count", "fiches")).singleElement()
        .satisfies(r -> assertThat(r.display()).isEqualTo("3 fiches"));
  }

  @Test
  void aCalculatorThatThrowsIsReportedAsFailedWhileTheOthersRun() {
    CalculatorRegistry registry = CalculatorRegistry.builder().discovery(false)
        .register(new TestCalculators.Throwing()).register(new TestCalculators.FicheCount())
        .register(new TestCalculators.Impostor()).register(new TestCalculators.ReturnsNull()).build();
    IndicatorReport report = registry.runAll(Plans.orne(), CONTEXT);
    assertThat(report.runs()).extracting(CalculatorRun::calculatorId)
        .containsExactly("fiche-count", "impostor", "returns-null", "throwing");
    assertThat(report.run("fiche-count").orElseThrow().failed()).isFalse();
    assertThat(report.failures()).extracting(IndicatorResult::calculatorId).containsExactly("impostor", "returns-null", "throwing");
    IndicatorResult thrown = report.run("throwing").orElseThrow().failure().orElseThrow();
    assertThat(thrown.value()).isEqualTo(new ResultValue.Failed("java.lang.IllegalStateException", "boom on orne-2017-2021"));
    assertThat(thrown.scope()).isEqualTo(Scope.plan("orne-2017-2021"));
    assertThat(thrown.explanation()).isEqualTo("the calculator failed: IllegalStateException: boom on orne-2017-2021");
    assertThat(report.run("impostor").orElseThrow().failure().orElseThrow().explanation())
        .contains("returned a result labelled 'progress' instead of 'impostor'");
    assertThat(report.run("returns-null").orElseThrow().results()).hasSize(1);
  }

  @Test
  void orderIsPriorityDescendingThenIdWhateverTheRegistrationOrder() {
    List<Calculator> calculators = new ArrayList<>(List.of(new TestCalculators.FicheCount("b-count", 0),
        new TestCalculators.FicheCount("a-count", 0), new TestCalculators.FicheCount("z-count", 5),
        new TestCalculators.FicheCount("m-count", -1), new TestCalculators.FicheCount("c-count", 5)));
    for (long seed = 0; seed < 20; seed++) {
      Collections.shuffle(calculators, new Random(seed));
      CalculatorRegistry.Builder b = CalculatorRegistry.builder().discovery(false);
      calculators.forEach(b::register);
      assertThat(b.build().ids()).containsExactly("c-count", "z-count", "a-count", "b-count", "m-count");
    }
  }

  @Test
  void aHigherPriorityPluginReplacesABuiltInOfTheSameId() {
    CalculatorRegistry registry = CalculatorRegistry.builder().register(new TestCalculators.FicheCount("progress", 10)).build();
    assertThat(registry.calculator("progress")).isInstanceOf(TestCalculators.FicheCount.class);
    assertThat(registry.loadReport().duplicates()).singleElement().satisfies(d -> {
      assertThat(d.keptClass()).isEqualTo(TestCalculators.FicheCount.class.getName());
      assertThat(d.discardedClass()).isEqualTo("org.schemadepartemental.indicators.builtin.ProgressCalculator");
      assertThat(d.tie()).isFalse();
    });
  }

  @Test
  void duplicateIdsAtEqualPriorityAreReportedAndRefusedInStrictMode() {
    CalculatorRegistry lenient = CalculatorRegistry.builder().discovery(false)
        .register(new TestCalculators.FicheCount("same", 0)).register(new TestCalculators.FicheCount("same", 0)).build();
    assertThat(lenient.ids()).containsExactly("same");
    assertThat(lenient.loadReport().duplicates()).singleElement().satisfies(d -> assertThat(d.tie()).isTrue());
    CalculatorRegistry.Builder strict = CalculatorRegistry.builder().discovery(false).strict(true)
        .register(new TestCalculators.FicheCount("same", 0)).register(new TestCalculators.FicheCount("same", 0));
    // Registering the same class twice is two providers with one id at equal priority.
    assertThatThrownBy(strict::build).isInstanceOf(ProviderLoadException.class).hasMessageContaining("duplicate id 'same'");
  }

  @Test
  void brokenProvidersAreSkippedAndReportedUnlessStrict() throws IOException {
    ClassLoader loader = isolated(TestCalculators.FicheCount.class.getName(), TestCalculators.BrokenConstructor.class.getName(),
        TestCalculators.NotACalculator.class.getName(), "org.example.Missing");
    CalculatorRegistry registry = CalculatorRegistry.builder().classLoader(loader).build();
    assertThat(registry.ids()).containsExactly("fiche-count");
    assertThat(registry.loadReport().failures()).hasSize(3);
    assertThat(registry.loadReport().lines()).anySatisfy(l -> assertThat(l).contains("BrokenConstructor").contains("cannot start"))
        .anySatisfy(l -> assertThat(l).contains("org.example.Missing"))
        .anySatisfy(l -> assertThat(l).contains("NotACalculator"));
    assertThatThrownBy(() -> CalculatorRegistry.builder().classLoader(loader).strict(true).build())
        .isInstanceOf(ProviderLoadException.class).hasMessageContaining("BrokenConstructor");
  }

  @Test
  void anEmptyServicesFileFindsNothing() throws IOException {
    assertThat(CalculatorRegistry.builder().classLoader(isolated()).strict(true).build().ids()).isEmpty();
  }

  @Test
  void anInvalidIdIsRefused() {
    assertThatThrownBy(() -> CalculatorRegistry.builder().discovery(false)
        .register(new TestCalculators.FicheCount("Schedule Status", 0)).build())
        .isInstanceOf(ProviderLoadException.class)
        .hasMessageContaining("calculator id 'Schedule Status' is not lower-case letters, digits and hyphens");
  }

  @Test
  void anUnknownIdIsAnActionableErrorRaisedBeforeAnythingRuns() {
    CalculatorRegistry registry = CalculatorRegistry.builder().discovery(false)
        .register(new TestCalculators.FicheCount()).register(new TestCalculators.Throwing()).build();
    assertThatThrownBy(() -> registry.calculator("progres")).isInstanceOf(UnknownCalculatorException.class)
        .hasMessageStartingWith("no calculator with id 'progres'; available: fiche-count, throwing");
    assertThatThrownBy(() -> registry.run(Plans.orne(), CONTEXT, List.of("fiche-count", "progres")))
        .isInstanceOf(UnknownCalculatorException.class);
    IndicatorReport report = registry.run(Plans.orne(), CONTEXT, List.of("fiche-count"));
    assertThat(report.runs()).extracting(CalculatorRun::calculatorId).containsExactly("fiche-count");
  }
}
