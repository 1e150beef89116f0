package fr.pasdecalais.schema.plugintests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pasdecalais.schema.plugintests.TestProviders.CalculatorConstructorThrows;
import fr.pasdecalais.schema.plugintests.TestProviders.ConstructorThrows;
import fr.pasdecalais.schema.plugintests.TestProviders.ExtendsMissingBase;
import fr.pasdecalais.schema.plugintests.TestProviders.JsonAtBuiltInPriority;
import fr.pasdecalais.schema.plugintests.TestProviders.JsonBelowBuiltIn;
import fr.pasdecalais.schema.plugintests.TestProviders.JsonOverride;
import fr.pasdecalais.schema.plugintests.TestProviders.NullId;
import fr.pasdecalais.schema.plugintests.TestProviders.SimpleFormat;
import fr.pasdecalais.schema.plugintests.TestProviders.StaticInitialiserThrows;
import fr.pasdecalais.schema.plugintests.TestProviders.StillLoads;
import fr.pasdecalais.schema.plugintests.TestProviders.ThrowingCalculator;
import fr.pasdecalais.schema.plugintests.TestProviders.ThrowsAtEveryCall;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.CalculatorRegistry;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorReport;
import org.schemadepartemental.indicators.spi.Calculator;
import org.schemadepartemental.io.FormatRegistry;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.plugin.DuplicateProvider;
import org.schemadepartemental.io.plugin.LoadFailure;
import org.schemadepartemental.io.plugin.ProviderLoadException;
import org.schemadepartemental.io.plugin.RegisteredProvider;
import org.schemadepartemental.io.spi.FormatProvider;
import org.schemadepartemental.testkit.ReaderSample;

/**
 * Plugins loaded from jars in a folder, each through its own class loader over the SDK, as
 * {@code schema --plugins DIR} loads them: the example plugin is found with its origin, replaces
 * nothing it should not, and broken plugins are skipped and reported while the others work.
 */
class PluginLoadingTest {

  @TempDir
  Path plugins;

  private final ClassLoader sdk = PluginJars.sdkOnly();

  @Test
  void theExamplePluginIsFoundThroughItsJarWithItsOrigin() {
    Path jar = PluginJars.examplePlugin(plugins);

    assertThat(formats().find("pas-de-calais-review")).as("without the plugin's class loader").isEmpty();
    FormatRegistry formats = formats(jar);
    RegisteredProvider<FormatProvider> reader = formats.entries().stream()
        .filter(e -> e.id().equals("pas-de-calais-review")).findFirst().orElseThrow();
    assertThat(reader.origin().isManual()).isFalse();
    assertThat(reader.origin().location()).hasValueSatisfying(l -> assertThat(l).endsWith("/schema-plugins-example.jar"));
    assertThat(reader.provider().getClass().getClassLoader().getName()).isEqualTo("plugin:schema-plugins-example.jar");
    assertThat(formats.ids()).contains("json", "csv", "action-plan");
    assertThat(formats.loadReport().isClean()).isTrue();

    RegisteredProvider<Calculator> calculator = calculators(jar).entries().stream()
        .filter(e -> e.id().equals("territorial-coverage")).findFirst().orElseThrow();
    assertThat(calculator.origin().location()).hasValueSatisfying(l -> assertThat(l).endsWith("/schema-plugins-example.jar"));
  }

  @Test
  void theSampleIsDetectedAndReadThroughThePlugin() {
    FormatRegistry formats = formats(PluginJars.examplePlugin(plugins));
    ReaderSample sample = ReaderSample.resource("samples/pas-de-calais-bilan-2012.txt");

    assertThat(formats.detect(sample.source()).id()).isEqualTo("pas-de-calais-review");
    ReadResult result = formats.read(sample.source(), ReadOptions.defaults());
    assertThat(result.schema().territories()).hasSize(9);

    Schema plan = result.schema();
    IndicatorReport report = calculators(PluginJars.examplePlugin(plugins))
        .run(plan, EvaluationContext.asOf(LocalDate.of(2012, 12, 31)), List.of("territorial-coverage"));
    assertThat(report.runs()).singleElement().satisfies(run -> assertThat(run.results()).hasSizeGreaterThan(45));
  }

  @Test
  void brokenPluginsAreSkippedAndReportedWhileTheOthersWork() {
    Path example = PluginJars.examplePlugin(plugins);
    Path constructor = PluginJars.jar("constructor-throws.jar").classes(TestProviders.class, SimpleFormat.class,
        ConstructorThrows.class).service(FormatProvider.class, ConstructorThrows.class).writeTo(plugins);
    Path initialiser = PluginJars.jar("static-initialiser-throws.jar").classes(TestProviders.class, SimpleFormat.class,
        StaticInitialiserThrows.class).service(FormatProvider.class, StaticInitialiserThrows.class).writeTo(plugins);
    Path missingClass = PluginJars.jar("missing-class.jar")
        .service(FormatProvider.class, "fr.pasdecalais.schema.plugintests.DoesNotExist").writeTo(plugins);
    // The base class is left out of the jar; a good provider is listed after the broken one.
    Path missingBase = PluginJars.jar("missing-superclass.jar").classes(TestProviders.class, SimpleFormat.class,
            ExtendsMissingBase.class, StillLoads.class)
        .service(FormatProvider.class, ExtendsMissingBase.class, StillLoads.class).writeTo(plugins);
    Path nullId = PluginJars.jar("null-id.jar").classes(TestProviders.class, SimpleFormat.class, NullId.class)
        .service(FormatProvider.class, NullId.class).writeTo(plugins);
    Path throwing = PluginJars.jar("throws-everywhere.jar").classes(TestProviders.class, ThrowsAtEveryCall.class)
        .service(FormatProvider.class, ThrowsAtEveryCall.class).writeTo(plugins);

    FormatRegistry formats = formats(example, constructor, initialiser, missingClass, missingBase, nullId, throwing);

    assertThat(formats.ids()).contains("json", "csv", "pas-de-calais-review", "still-loads")
        .doesNotContain("constructor-throws", "static-initialiser-throws", "extends-missing-base");
    List<String> failures = formats.loadReport().failures().stream().map(LoadFailure::toString).toList();
    assertThat(failures).hasSize(6);
    assertThat(failures).anySatisfy(f -> assertThat(f).startsWith(ConstructorThrows.class.getName())
        .contains("no licence file for the département's layout"));
    assertThat(failures).anySatisfy(f -> assertThat(f).startsWith(StaticInitialiserThrows.class.getName())
        .contains("ExceptionInInitializerError"));
    assertThat(failures).anySatisfy(f -> assertThat(f).startsWith("fr.pasdecalais.schema.plugintests.DoesNotExist")
        .contains("not found"));
    assertThat(failures).anySatisfy(f -> assertThat(f).contains("NoClassDefFoundError")
        .contains("fr/pasdecalais/schema/plugintests/TestProviders$MissingBase"));
    assertThat(failures).anySatisfy(f -> assertThat(f).startsWith(NullId.class.getName()).contains("blank id"));
    assertThat(failures).anySatisfy(f -> assertThat(f).startsWith(ThrowsAtEveryCall.class.getName())
        .contains("could not give its id"));

    ReaderSample sample = ReaderSample.resource("samples/pas-de-calais-bilan-2012.txt");
    assertThat(formats.read(sample.source(), ReadOptions.defaults()).schema().territories()).hasSize(9);
  }

  @Test
  void aStrictRegistryRefusesBrokenPluginsListingEveryProblem() {
    Path constructor = PluginJars.jar("constructor-throws.jar").classes(TestProviders.class, SimpleFormat.class,
        ConstructorThrows.class).service(FormatProvider.class, ConstructorThrows.class).writeTo(plugins);
    Path missingClass = PluginJars.jar("missing-class.jar")
        .service(FormatProvider.class, "fr.pasdecalais.schema.plugintests.DoesNotExist").writeTo(plugins);

    FormatRegistry.Builder strict = FormatRegistry.builder().classLoader(sdk).strict(true);
    PluginJars.open(sdk, constructor, missingClass).forEach(strict::addClassLoader);

    assertThatThrownBy(strict::build).isInstanceOf(ProviderLoadException.class)
        .hasMessageContaining(ConstructorThrows.class.getName())
        .hasMessageContaining("fr.pasdecalais.schema.plugintests.DoesNotExist");
  }

  @Test
  void aPluginReplacesABuiltInOnlyWithAHigherPriorityAndTheChoiceIsLogged() {
    Path higher = PluginJars.jar("json-override.jar").classes(TestProviders.class, SimpleFormat.class,
        JsonOverride.class).service(FormatProvider.class, JsonOverride.class).writeTo(plugins);
    Path lower = PluginJars.jar("json-below.jar").classes(TestProviders.class, SimpleFormat.class,
        JsonBelowBuiltIn.class).service(FormatProvider.class, JsonBelowBuiltIn.class).writeTo(plugins);

    String log = capturingStandardError(() -> {
      FormatRegistry replaced = formats(higher);
      assertThat(replaced.format("json").getClass().getName()).isEqualTo(JsonOverride.class.getName());
      assertThat(replaced.loadReport().duplicates()).singleElement().satisfies(d -> {
        assertThat(d.keptClass()).isEqualTo(JsonOverride.class.getName());
        assertThat(d.discardedClass()).isEqualTo("org.schemadepartemental.io.json.JsonFormatProvider");
        assertThat(d.tie()).isFalse();
      });
    });
    assertThat(log).contains("duplicate id 'json': kept " + JsonOverride.class.getName() + " (priority 10");

    FormatRegistry kept = formats(lower);
    assertThat(kept.format("json").getClass().getName()).isEqualTo("org.schemadepartemental.io.json.JsonFormatProvider");
    assertThat(kept.loadReport().duplicates()).singleElement().extracting(DuplicateProvider::discardedClass)
        .isEqualTo(JsonBelowBuiltIn.class.getName());
  }

  @Test
  void aPluginAtTheBuiltInPriorityIsATieThatAStrictRegistryRefuses() {
    Path tie = PluginJars.jar("json-tie.jar").classes(TestProviders.class, SimpleFormat.class,
        JsonAtBuiltInPriority.class).service(FormatProvider.class, JsonAtBuiltInPriority.class).writeTo(plugins);

    assertThat(formats(tie).loadReport().duplicates()).singleElement().satisfies(d -> assertThat(d.tie()).isTrue());
    FormatRegistry.Builder strict = FormatRegistry.builder().classLoader(sdk).strict(true);
    PluginJars.open(sdk, tie).forEach(strict::addClassLoader);
    assertThatThrownBy(strict::build).isInstanceOf(ProviderLoadException.class).hasMessageContaining("equal priorities");
  }

  @Test
  void aCalculatorThatThrowsIsReportedAsFailedAndOneThatCannotBeBuiltIsSkipped() {
    Path example = PluginJars.examplePlugin(plugins);
    Path broken = PluginJars.jar("broken-calculators.jar")
        .classes(TestProviders.class, ThrowingCalculator.class, CalculatorConstructorThrows.class)
        .service(Calculator.class, ThrowingCalculator.class, CalculatorConstructorThrows.class).writeTo(plugins);
    CalculatorRegistry calculators = calculators(example, broken);

    assertThat(calculators.ids()).contains("always-throws", "territorial-coverage", "progress").doesNotContain("never-built");
    assertThat(calculators.loadReport().failures()).singleElement()
        .satisfies(f -> assertThat(f.className()).isEqualTo(CalculatorConstructorThrows.class.getName()));

    Schema plan = formats(example).read(ReaderSample.resource("samples/pas-de-calais-bilan-2012.txt").source(),
        ReadOptions.defaults()).schema();
    IndicatorReport report = calculators.runAll(plan, EvaluationContext.asOf(LocalDate.of(2012, 12, 31)));
    assertThat(report.runs()).filteredOn(r -> r.calculatorId().equals("always-throws")).singleElement()
        .satisfies(r -> assertThat(r.results()).singleElement().satisfies(result -> {
          assertThat(result.isFailure()).isTrue();
          assertThat(result.explanation()).contains("division by zero in the département's formula");
        }));
    assertThat(report.runs()).filteredOn(r -> r.calculatorId().equals("territorial-coverage")).singleElement()
        .satisfies(r -> assertThat(r.results()).isNotEmpty().noneMatch(x -> x.isFailure()));
  }

  private FormatRegistry formats(Path... jars) {
    FormatRegistry.Builder b = FormatRegistry.builder().classLoader(sdk);
    PluginJars.open(sdk, jars).forEach(b::addClassLoader);
    return b.build();
  }

  private CalculatorRegistry calculators(Path... jars) {
    CalculatorRegistry.Builder b = CalculatorRegistry.builder().classLoader(sdk);
    PluginJars.open(sdk, jars).forEach(b::addClassLoader);
    return b.build();
  }

  /** What is printed on standard error (where the SLF4J simple binding logs) while {@code action} runs. */
  private static String capturingStandardError(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
