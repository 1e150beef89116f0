package org.schemadepartemental.io.plugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the providers of one service type through {@link ServiceLoader}: the only class of the
 * SDK that calls it. A provider that cannot be found, linked, initialised or instantiated, or
 * is not of the service type, becomes a {@link LoadFailure} and discovery goes on with the next
 * one. The same provider class seen through several class loaders is taken once.
 *
 * <p>Works on the class path and on the module path: when this module is named, it declares at
 * run time that it uses the service type (and reads its module), so that SPIs of other modules
 * can be loaded through it.
 *
 * @param <P> the service type
 */
public final class ProviderLoader<P> {

  /** The SCE message names the provider class as "Provider NAME not found", "NAME not a subtype" and the like. */
  private static final Pattern PROVIDER_NAME = Pattern.compile("Provider (\\S+)|: (\\S+) not a subtype");
  /** Guards against an iterator that fails without moving on (each failure normally consumes an entry). */
  private static final int MAX_CONSECUTIVE_FAILURES = 1000;

  private final Class<P> type;

  private ProviderLoader(Class<P> type) {
    this.type = Objects.requireNonNull(type, "type");
  }

  /** A loader of the providers of a service type. */
  public static <P> ProviderLoader<P> of(Class<P> type) {
    return new ProviderLoader<>(type);
  }

  /** The service type. */
  public Class<P> type() {
    return type;
  }

  /**
   * The class loaders used when none is given: the thread's context class loader, then the one
   * that loaded this library (when different).
   */
  public static List<ClassLoader> defaultClassLoaders() {
    Set<ClassLoader> loaders = new LinkedHashSet<>();
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context != null) {
      loaders.add(context);
    }
    ClassLoader own = ProviderLoader.class.getClassLoader();
    loaders.add(own == null ? ClassLoader.getSystemClassLoader() : own);
    return List.copyOf(loaders);
  }

  /**
   * Discovers the providers visible from each class loader, in turn. Never throws for a broken
   * provider: it is listed among the failures.
   */
  public Discovery<P> load(List<ClassLoader> classLoaders) {
    declareUse();
    List<DiscoveredProvider<P>> found = new ArrayList<>();
    List<LoadFailure> failures = new ArrayList<>();
    Set<Class<?>> seenClasses = new HashSet<>();
    Set<String> seenFailures = new HashSet<>();
    for (int i = 0; i < classLoaders.size(); i++) {
      loadFrom(classLoaders.get(i), i, found, failures, seenClasses, seenFailures);
    }
    return new Discovery<>(found, failures);
  }

  private void loadFrom(ClassLoader classLoader, int loaderIndex, List<DiscoveredProvider<P>> found,
      List<LoadFailure> failures, Set<Class<?>> seenClasses, Set<String> seenFailures) {
    // A plugin folder names each jar's loader ("plugin:acme.jar"): failures then say which jar.
    String from = classLoader.getName() == null ? "" : " (from " + classLoader.getName() + ")";
    Iterator<ServiceLoader.Provider<P>> providers;
    try {
      providers = ServiceLoader.load(type, classLoader).stream().iterator();
    } catch (ServiceConfigurationError e) {
      addFailure(failures, seenFailures, new LoadFailure("unknown", describe(e) + from, e));
      return;
    }
    DeclaredNames declared = new DeclaredNames(declaredNames(classLoader));
    int consecutiveFailures = 0;
    while (consecutiveFailures < MAX_CONSECUTIVE_FAILURES) {
      ServiceLoader.Provider<P> provider;
      try {
        // hasNext() finds and links the next class: a missing or broken class fails here.
        if (!providers.hasNext()) {
          return;
        }
        provider = providers.next();
      } catch (ServiceConfigurationError | LinkageError e) {
        consecutiveFailures++;
        String named = classNameIn(e);
        String className = named != null ? declared.passed(named) : declared.nextUnnamed();
        addFailure(failures, seenFailures, new LoadFailure(className, describe(e) + from, e));
        continue;
      }
      consecutiveFailures = 0;
      Class<? extends P> providerClass = provider.type();
      declared.passed(providerClass.getName());
      if (!seenClasses.add(providerClass)) {
        continue;
      }
      try {
        found.add(new DiscoveredProvider<>(provider.get(), ProviderOrigin.discovered(providerClass), loaderIndex));
      } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
        addFailure(failures, seenFailures, new LoadFailure(providerClass.getName(), describe(e) + from, e));
      }
    }
    addFailure(failures, seenFailures, new LoadFailure("unknown",
        "discovery stopped after " + MAX_CONSECUTIVE_FAILURES + " consecutive failures", null));
  }

  /**
   * The provider names the services files of the class path declare, in the order the service
   * loader meets them (each once), to name a provider whose class failed to link: such an error
   * (a {@link NoClassDefFoundError} of a missing superclass, say) names the missing class, not
   * the provider.
   */
  private List<String> declaredNames(ClassLoader classLoader) {
    Set<String> names = new LinkedHashSet<>();
    try {
      Enumeration<URL> files = classLoader.getResources("META-INF/services/" + type.getName());
      while (files.hasMoreElements()) {
        URL file = files.nextElement();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
          reader.lines()
              .map(line -> line.replaceFirst("#.*", "").strip())
              .filter(line -> !line.isEmpty())
              .forEach(names::add);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // The names only serve error messages; the service loader reports unreadable files itself.
    }
    return List.copyOf(names);
  }

  /** Follows the service loader through the declared names. */
  private static final class DeclaredNames {
    private final List<String> names;
    private int next;

    DeclaredNames(List<String> names) {
      this.names = names;
    }

    /** Notes that the loader got past this name; returns it. */
    String passed(String name) {
      int index = names.indexOf(name);
      if (index >= next) {
        next = index + 1;
      }
      return name;
    }

    /** The name the loader was at when it failed without saying which. */
    String nextUnnamed() {
      return next < names.size() ? names.get(next++) : "unknown";
    }
  }

  private static void addFailure(List<LoadFailure> failures, Set<String> seen, LoadFailure failure) {
    // The same broken entry is met again through each class loader that sees it.
    if (seen.add(failure.toString())) {
      failures.add(failure);
    }
  }

  private void declareUse() {
    Module own = ProviderLoader.class.getModule();
    if (own.isNamed()) {
      own.addReads(type.getModule());
      if (!own.canUse(type)) {
        own.addUses(type);
      }
    }
  }

  private static String classNameIn(Throwable e) {
    if (e instanceof ServiceConfigurationError && e.getMessage() != null) {
      Matcher m = PROVIDER_NAME.matcher(e.getMessage());
      if (m.find()) {
        return m.group(1) != null ? m.group(1) : m.group(2);
      }
    }
    return null;
  }

  /** The error and its causes on one line: {@code ServiceConfigurationError: … ← IllegalStateException: boom}. */
  static String describe(Throwable error) {
    StringBuilder sb = new StringBuilder();
    Set<Throwable> seen = new HashSet<>();
    for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
      if (sb.length() > 0) {
        sb.append(" <- caused by ");
      }
      sb.append(t.getClass().getSimpleName());
      if (t.getMessage() != null) {
        sb.append(": ").append(t.getMessage());
      }
    }
    return sb.toString();
  }

  /**
   * A provider found and instantiated.
   *
   * @param provider the instance
   * @param origin where its class came from
   * @param <P> the service type
   */
  public record DiscoveredProvider<P>(P provider, ProviderOrigin origin, int loaderIndex) {
    /** Checks the fields. */
    public DiscoveredProvider {
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(origin, "origin");
    }

    /** A provider found through the first class loader. */
    public DiscoveredProvider(P provider, ProviderOrigin origin) {
      this(provider, origin, 0);
    }
  }

  /**
   * What a discovery found: the providers, in the order met, and the failures.
   *
   * @param providers the providers instantiated
   * @param failures the providers that could not be
   * @param <P> the service type
   */
  public record Discovery<P>(List<DiscoveredProvider<P>> providers, List<LoadFailure> failures) {
    /** Copies. */
    public Discovery {
      providers = List.copyOf(providers);
      failures = List.copyOf(failures);
    }
  }
}
