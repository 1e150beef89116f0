package org.schemadepartemental.io.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.io.FormatRegistry;
import org.schemadepartemental.io.spi.FormatProvider;

/**
 * Discovery with real {@code META-INF/services} files in real jars, behind an isolated class
 * loader: what is found, what is broken, and an order that never depends on the class path.
 */
class DiscoveryTest {

  private static ProviderRegistry.Builder<FormatProvider> registry(URLClassLoader loader) {
    return ProviderRegistry.builder(FormatProvider.class, FormatProvider::id, FormatProvider::priority).classLoader(loader);
  }

  private static List<String> classNames(LoadReport report) {
    return report.failures().stream().map(LoadFailure::className).sorted().toList();
  }

  @Test
  void findsTheProvidersOfEveryJarAndRecordsTheJarEachCameFrom() throws IOException {
    Path alpha = PluginJars.jar("alpha", "fixtures.alpha.AlphaFormat");
    Path beta = PluginJars.jar("beta", "fixtures.beta.BetaFormat");
    try (URLClassLoader loader = PluginJars.loader(List.of(alpha, beta))) {
      ProviderRegistry<FormatProvider> found = registry(loader).build();

      assertThat(found.ids()).containsExactly("beta", "alpha");
      assertThat(found.loadReport().isClean()).isTrue();
      RegisteredProvider<FormatProvider> entry = found.entry("alpha").orElseThrow();
      assertThat(entry.className()).isEqualTo("fixtures.alpha.AlphaFormat");
      assertThat(entry.origin().isManual()).isFalse();
      assertThat(entry.origin().location()).hasValueSatisfying(l -> assertThat(l).endsWith("plugin-fixtures/alpha.jar"));
    }
  }

  @Test
  void findsNothingWhenNoJarDeclaresAProvider() throws IOException {
    Path empty = PluginJars.jar("empty", List.of(), List.of());
    try (URLClassLoader loader = PluginJars.loader(List.of(empty))) {
      ProviderRegistry<FormatProvider> found = registry(loader).strict(true).build();

      assertThat(found.isEmpty()).isTrue();
      assertThat(found.loadReport().isClean()).isTrue();
      assertThatThrownBy(() -> found.get("json"))
          .isInstanceOf(UnknownProviderException.class)
          .hasMessageContaining("available: none");
    }
  }

  @Test
  void brokenProvidersAreSkippedWithTheirClassAndCauseAndTheOthersStillLoad() throws IOException {
    Path broken = PluginJars.jar("broken",
        List.of("fixtures.broken.ThrowingConstructor", "fixtures.broken.ThrowingStaticInit", "fixtures.broken.WrongType",
            "fixtures.broken.BlankId", "fixtures.broken.NeedsGone"),
        List.of("fixtures.broken.ThrowingConstructor", "fixtures.broken.ThrowingStaticInit", "fixtures.broken.WrongType",
            "fixtures.broken.Missing", "fixtures.broken.BlankId", "fixtures.broken.NeedsGone"));
    Path alpha = PluginJars.jar("alpha", "fixtures.alpha.AlphaFormat");
    Path beta = PluginJars.jar("beta", "fixtures.beta.BetaFormat");
    try (URLClassLoader loader = PluginJars.loader(List.of(alpha, broken, beta))) {
      ProviderRegistry<FormatProvider> found = registry(loader).build();

      assertThat(found.ids()).containsExactly("beta", "alpha");
      LoadReport report = found.loadReport();
      assertThat(classNames(report)).containsExactly("fixtures.broken.BlankId", "fixtures.broken.Missing",
          "fixtures.broken.NeedsGone", "fixtures.broken.ThrowingConstructor", "fixtures.broken.ThrowingStaticInit",
          "fixtures.broken.WrongType");
      assertThat(report.lines()).anySatisfy(l -> assertThat(l).contains("ThrowingConstructor").contains("boom in constructor"))
          .anySatisfy(l -> assertThat(l).contains("ThrowingStaticInit").contains("ExceptionInInitializerError")
              .contains("boom in static initialiser"))
          .anySatisfy(l -> assertThat(l).contains("WrongType").contains("not a subtype"))
          .anySatisfy(l -> assertThat(l).contains("Missing").contains("not found"))
          .anySatisfy(l -> assertThat(l).contains("NeedsGone").contains("fixtures/broken/Gone"))
          .anySatisfy(l -> assertThat(l).contains("BlankId").contains("blank id"));
    }
  }

  @Test
  void aSkippedProviderIsLoggedAtWarnWithItsClassAndCause() throws IOException {
    Path broken = PluginJars.jar("ctor", List.of("fixtures.broken.ThrowingConstructor"),
        List.of("fixtures.broken.ThrowingConstructor"));
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader = PluginJars.loader(List.of(broken))) {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      registry(loader).build();
    } finally {
      System.setErr(original);
    }

    assertThat(captured.toString(StandardCharsets.UTF_8))
        .contains("WARN")
        .contains("fixtures.broken.ThrowingConstructor")
        .contains("boom in constructor");
  }

  @Test
  void aStrictRegistryRefusesBrokenProvidersListingThemAll() throws IOException {
    Path broken = PluginJars.jar("broken-strict",
        List.of("fixtures.broken.ThrowingConstructor", "fixtures.broken.WrongType"),
        List.of("fixtures.broken.ThrowingConstructor", "fixtures.broken.WrongType", "fixtures.broken.Missing"));
    try (URLClassLoader loader = PluginJars.loader(List.of(broken))) {
      assertThatThrownBy(() -> registry(loader).strict(true).build())
          .isInstanceOfSatisfying(ProviderLoadException.class, e ->
              assertThat(classNames(e.report())).containsExactly("fixtures.broken.Missing",
                  "fixtures.broken.ThrowingConstructor", "fixtures.broken.WrongType"))
          .hasMessageContaining("fixtures.broken.ThrowingConstructor")
          .hasMessageContaining("fixtures.broken.Missing");
    }
  }

  @Test
  void aDuplicateIdIsReportedWithBothClassesAndTheHigherPriorityWins() throws IOException {
    Path alpha = PluginJars.jar("alpha", "fixtures.alpha.AlphaFormat");
    Path plugin = PluginJars.jar("alpha-plugin", "fixtures.dup.AlphaPlugin");
    try (URLClassLoader loader = PluginJars.loader(List.of(alpha, plugin))) {
      ProviderRegistry<FormatProvider> found = registry(loader).strict(true).build();

      assertThat(found.get("alpha").getClass().getName()).isEqualTo("fixtures.dup.AlphaPlugin");
      DuplicateProvider duplicate = found.loadReport().duplicates().get(0);
      assertThat(duplicate.keptClass()).isEqualTo("fixtures.dup.AlphaPlugin");
      assertThat(duplicate.discardedClass()).isEqualTo("fixtures.alpha.AlphaFormat");
      assertThat(duplicate.tie()).isFalse();
      assertThat(duplicate.keptOrigin().toString()).endsWith("alpha-plugin.jar");
    }
  }

  @Test
  void aDuplicateIdAtEqualPriorityFailsWhenStrictAndIsPickedByClassNameOtherwise() throws IOException {
    Path alpha = PluginJars.jar("alpha", "fixtures.alpha.AlphaFormat");
    Path twin = PluginJars.jar("alpha-twin", "fixtures.dup.AlphaTwin");
    for (List<Path> order : List.of(List.of(alpha, twin), List.of(twin, alpha))) {
      try (URLClassLoader loader = PluginJars.loader(order)) {
        assertThatThrownBy(() -> registry(loader).strict(true).build())
            .isInstanceOf(ProviderLoadException.class)
            .hasMessageContaining("fixtures.alpha.AlphaFormat")
            .hasMessageContaining("fixtures.dup.AlphaTwin");
        ProviderRegistry<FormatProvider> lenient = registry(loader).build();
        assertThat(lenient.get("alpha").getClass().getName()).isEqualTo("fixtures.alpha.AlphaFormat");
        assertThat(lenient.loadReport().duplicates()).singleElement().satisfies(d -> assertThat(d.tie()).isTrue());
      }
    }
  }

  @Test
  void atEqualPriorityAPluginFromAnAddedClassLoaderNeverDisplacesTheLibrarysProvider() throws IOException {
    // By class name the plugin's fixtures.alpha.AlphaFormat would sort first; the loader order wins.
    try (URLClassLoader library = PluginJars.loader(List.of(PluginJars.jar("alpha-twin", "fixtures.dup.AlphaTwin")));
        URLClassLoader plugin = PluginJars.loader(List.of(PluginJars.jar("alpha", "fixtures.alpha.AlphaFormat")));
        URLClassLoader higher = PluginJars.loader(List.of(PluginJars.jar("alpha-plugin", "fixtures.dup.AlphaPlugin")))) {
      ProviderRegistry<FormatProvider> tie = registry(library).addClassLoader(plugin).build();
      assertThat(tie.get("alpha").getClass().getName()).isEqualTo("fixtures.dup.AlphaTwin");
      assertThat(tie.loadReport().duplicates()).singleElement().satisfies(d -> assertThat(d.tie()).isTrue());

      ProviderRegistry<FormatProvider> replaced = registry(library).addClassLoader(higher).build();
      assertThat(replaced.get("alpha").getClass().getName()).isEqualTo("fixtures.dup.AlphaPlugin");
    }
  }

  @Test
  void aBrokenProviderInANamedPluginLoaderIsReportedWithThatName() throws IOException {
    Path jar = PluginJars.jar("ctor", List.of("fixtures.broken.ThrowingConstructor"),
        List.of("fixtures.broken.ThrowingConstructor"));
    try (URLClassLoader named = new URLClassLoader("plugin:ctor.jar", new java.net.URL[] {jar.toUri().toURL()},
        PluginJars.loader(List.of()))) {
      LoadReport report = registry(named).build().loadReport();
      assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.toString())
          .contains("fixtures.broken.ThrowingConstructor").contains("plugin:ctor.jar"));
    }
  }

  @Test
  void theOrderIsTheSameWhateverTheClassPathOrder() throws IOException {
    List<Path> jars = List.of(
        PluginJars.jar("alpha", "fixtures.alpha.AlphaFormat"),
        PluginJars.jar("beta", "fixtures.beta.BetaFormat"),
        PluginJars.jar("gamma", "fixtures.gamma.GammaFormat"),
        PluginJars.jar("delta", "fixtures.delta.DeltaFormat"),
        PluginJars.jar("alpha-twin", "fixtures.dup.AlphaTwin"),
        PluginJars.jar("ctor", List.of("fixtures.broken.ThrowingConstructor"), List.of("fixtures.broken.ThrowingConstructor")));
    List<String> expectedIds = List.of("beta", "alpha", "gamma", "delta");
    for (long seed : new long[] {1, 7, 42, 2024, 31337, 99991}) {
      List<Path> shuffled = new ArrayList<>(jars);
      Collections.shuffle(shuffled, new Random(seed));
      try (URLClassLoader loader = PluginJars.loader(shuffled)) {
        ProviderRegistry<FormatProvider> found = registry(loader).build();

        assertThat(found.ids()).as("seed %d, class path %s", seed, shuffled).isEqualTo(expectedIds);
        assertThat(found.get("alpha").getClass().getName()).as("seed %d", seed).isEqualTo("fixtures.alpha.AlphaFormat");
        assertThat(classNames(found.loadReport())).containsExactly("fixtures.broken.ThrowingConstructor");
      }
    }
  }

  @Test
  void additionalClassLoadersAddTheirProvidersAndDiscoveryCanBeSwitchedOff() throws IOException {
    try (URLClassLoader first = PluginJars.loader(List.of(PluginJars.jar("alpha", "fixtures.alpha.AlphaFormat")));
        URLClassLoader folder = PluginJars.loader(List.of(PluginJars.jar("gamma", "fixtures.gamma.GammaFormat")))) {
      assertThat(registry(first).addClassLoader(folder).build().ids()).containsExactly("alpha", "gamma");
      assertThat(registry(first).addClassLoader(folder).discovery(false).build().isEmpty()).isTrue();
    }
  }

  @Test
  void theFormatRegistryDiscoversThroughTheSameMechanism() throws IOException {
    try (URLClassLoader loader = PluginJars.loader(List.of(PluginJars.jar("beta", "fixtures.beta.BetaFormat")))) {
      FormatRegistry formats = FormatRegistry.builder().classLoader(loader).build();

      assertThat(formats.ids()).containsExactly("beta");
      assertThat(formats.entries().get(0).origin().toString()).endsWith("beta.jar");
    }
  }

  @Test
  void theDefaultRegistryFindsTheBuiltInFormatsOnTheClassPath() {
    FormatRegistry formats = FormatRegistry.builder().strict(true).build();

    assertThat(formats.ids()).contains("json", "csv");
    assertThat(formats.loadReport().isClean()).isTrue();
    assertThat(formats.entries()).filteredOn(e -> e.id().equals("json")).singleElement()
        .satisfies(e -> assertThat(e.origin().location()).hasValueSatisfying(l -> assertThat(l).contains("target/classes")));
  }
}
