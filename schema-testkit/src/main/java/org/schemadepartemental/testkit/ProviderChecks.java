package org.schemadepartemental.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.schemadepartemental.io.plugin.LoadFailure;
import org.schemadepartemental.io.plugin.ProviderLoader;

/** What every provider, whatever its SPI, must be: the checks shared by the contracts. */
final class ProviderChecks {

  /** The ids the registries accept: lower-case letters, digits and single hyphens. */
  static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private ProviderChecks() {}

  static void checkId(String id) {
    assertThat(id).as("id()").isNotNull();
    assertThat(id).as("id() must be lower-case letters, digits and hyphens, such as 'my-layout'").matches(ID);
  }

  static void checkDescription(String description) {
    assertThat(description).as("description()").isNotNull();
    assertThat(description.isBlank()).as("description() must say what the provider does, got a blank text").isFalse();
    assertThat(description).as("description() is one line in listings").doesNotContain("\n", "\r");
  }

  /** ServiceLoader instantiates providers through a public no-argument constructor of a public class. */
  static void checkInstantiable(Class<?> type) {
    assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName() + " must be public for ServiceLoader").isTrue();
    assertThat(Modifier.isAbstract(type.getModifiers())).as(type.getName() + " must not be abstract").isFalse();
    assertThat(type.getEnclosingClass() == null || Modifier.isStatic(type.getModifiers()))
        .as(type.getName() + " must not be an inner (non-static) class").isTrue();
    try {
      Constructor<?> constructor = type.getConstructor();
      assertThat(Modifier.isPublic(constructor.getModifiers())).isTrue();
    } catch (NoSuchMethodException e) {
      fail(type.getName() + " needs a public no-argument constructor for ServiceLoader");
    }
  }

  /**
   * The provider's class is found by {@code ServiceLoader} through its own class loader, so its
   * jar lists it in {@code META-INF/services/<service>}.
   */
  static <S> void checkRegisteredAsService(Class<S> service, Class<?> type) {
    ClassLoader loader = type.getClassLoader() == null ? ClassLoader.getSystemClassLoader() : type.getClassLoader();
    ProviderLoader.Discovery<S> found = ProviderLoader.of(service).load(List.of(loader));
    boolean listed = found.providers().stream().anyMatch(p -> p.provider().getClass() == type);
    if (!listed) {
      fail(type.getName() + " is not found by ServiceLoader: list it in META-INF/services/" + service.getName()
          + (found.failures().isEmpty() ? "" : "; providers that failed to load: "
              + found.failures().stream().map(LoadFailure::toString).toList()));
    }
  }

  /**
   * When the provider's jar or classes directory has a {@code module-info}, it declares the
   * provider with {@code provides <service> with <class>}, so that it is found on the module path.
   */
  static void checkDeclaredInModule(Class<?> service, Class<?> type) {
    Optional<ModuleDescriptor> descriptor = descriptorOf(type);
    if (descriptor.isEmpty() || descriptor.get().isAutomatic()) {
      return;
    }
    boolean declared = descriptor.get().provides().stream()
        .anyMatch(p -> p.service().equals(service.getName()) && p.providers().contains(type.getName()));
    assertThat(declared)
        .as("module " + descriptor.get().name() + " must declare 'provides " + service.getName() + " with "
            + type.getName() + "' in its module-info.java")
        .isTrue();
  }

  private static Optional<ModuleDescriptor> descriptorOf(Class<?> type) {
    if (type.getModule().isNamed()) {
      return Optional.of(type.getModule().getDescriptor());
    }
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return Optional.empty();
    }
    try {
      Path location = Path.of(source.getLocation().toURI());
      if (Files.isDirectory(location) && !Files.exists(location.resolve("module-info.class"))) {
        return Optional.empty();
      }
      return ModuleFinder.of(location).findAll().stream().findFirst().map(ModuleReference::descriptor);
    } catch (URISyntaxException | FindException | IllegalArgumentException | SecurityException e) {
      // Not a file location, or not readable as a module: nothing to check.
      return Optional.empty();
    }
  }
}
