package org.schemadepartemental.io.plugin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An immutable set of providers of one service type, each under a unique id, in a documented
 * order: priority descending, then id ascending — never the class path order.
 *
 * <p>Built by {@link #builder(Class, Function, ToIntFunction)}, which knows nothing of the SPI
 * but two functions giving a provider's id and priority. The builder:
 *
 * <ul>
 *   <li>discovers providers through {@link ProviderLoader} ({@code ServiceLoader}) unless
 *       {@linkplain Builder#discovery(boolean) switched off}, from the {@linkplain
 *       Builder#classLoader(ClassLoader) class loader given} (default: the thread's context
 *       loader, then this library's own) and any {@linkplain Builder#addClassLoader(ClassLoader)
 *       additional} ones (plugin folders);
 *   <li>takes {@linkplain Builder#register(Object) manually registered} providers too;
 *   <li>skips a provider that fails to load (class missing, wrong type, constructor or static
 *       initialiser throwing, linkage error), logging it at WARN with its class and cause, or,
 *       when {@linkplain Builder#strict(boolean) strict}, throws a {@link ProviderLoadException}
 *       listing every problem;
 *   <li>rejects blank ids (a discovered one is a failure; a manual one always throws);
 *   <li>resolves duplicate ids: the higher priority wins (logged at INFO); at equal priorities a
 *       strict registry fails and a lenient one warns and keeps, deterministically, the manually
 *       registered provider, else the one found through the earlier class loader (the library's before
 *       an {@linkplain Builder#addClassLoader added} plugin loader, so a plugin replaces a built-in
 *       only with a higher priority), else the one whose class name sorts first, else the one whose
 *       origin sorts first. Both class names are in the {@link DuplicateProvider} reported;
 *   <li>records each provider's {@link ProviderOrigin} and keeps a {@link LoadReport} of every
 *       failure and duplicate, for a command line to show.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; there is no global registry.
 *
 * @param <P> the service type
 */
public final class ProviderRegistry<P> {

  private static final Logger LOG = LoggerFactory.getLogger(ProviderRegistry.class);

  /** The documented order: priority descending, then id. */
  private static final Comparator<RegisteredProvider<?>> ORDER =
      Comparator.<RegisteredProvider<?>>comparingInt(RegisteredProvider::priority).reversed()
          .thenComparing(RegisteredProvider::id);


  private final Class<P> type;
  private final List<RegisteredProvider<P>> entries;
  private final Map<String, RegisteredProvider<P>> byId;
  private final LoadReport loadReport;

  private ProviderRegistry(Class<P> type, List<RegisteredProvider<P>> entries, LoadReport loadReport) {
    this.type = type;
    this.entries = List.copyOf(entries);
    Map<String, RegisteredProvider<P>> map = new LinkedHashMap<>();
    entries.forEach(e -> map.put(e.id(), e));
    this.byId = Collections.unmodifiableMap(map);
    this.loadReport = loadReport;
  }

  /**
   * A builder of a registry of the providers of {@code type}.
   *
   * @param type the service type, as listed in {@code META-INF/services/<type name>}
   * @param idOf gives a provider's id (a blank id is rejected)
   * @param priorityOf gives a provider's priority (higher wins a duplicate id; first in order)
   */
  public static <P> Builder<P> builder(
      Class<P> type, Function<? super P, String> idOf, ToIntFunction<? super P> priorityOf) {
    return new Builder<>(type, idOf, priorityOf);
  }

  /** The service type. */
  public Class<P> type() {
    return type;
  }

  /** The providers with what is known of them, in order (priority descending, then id). */
  public List<RegisteredProvider<P>> entries() {
    return entries;
  }

  /** The providers, in order (priority descending, then id). */
  public List<P> providers() {
    return entries.stream().map(RegisteredProvider::provider).collect(Collectors.toUnmodifiableList());
  }

  /** The ids, in order. */
  public List<String> ids() {
    return entries.stream().map(RegisteredProvider::id).collect(Collectors.toUnmodifiableList());
  }

  /** The provider with this id, if any. */
  public Optional<P> find(String id) {
    return entry(id).map(RegisteredProvider::provider);
  }

  /** The provider with this id and what is known of it, if any. */
  public Optional<RegisteredProvider<P>> entry(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The provider with this id.
   *
   * @throws UnknownProviderException when there is none; its message lists the available ids
   */
  public P get(String id) {
    return find(id).orElseThrow(() -> new UnknownProviderException(type.getName(), id, ids()));
  }

  /** Whether there is no provider. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** How many providers there are. */
  public int size() {
    return entries.size();
  }

  /** The failures and duplicates met while building; {@link LoadReport#isClean() clean} if none. */
  public LoadReport loadReport() {
    return loadReport;
  }

  @Override
  public String toString() {
    return "ProviderRegistry[" + type.getName() + ": " + String.join(", ", ids()) + "]";
  }

  /**
   * Builder of {@link ProviderRegistry}. Discovery happens in {@link #build()}, never before.
   *
   * @param <P> the service type
   */
  public static final class Builder<P> {
    private final Class<P> type;
    private final Function<? super P, String> idOf;
    private final ToIntFunction<? super P> priorityOf;
    private boolean discovery = true;
    private boolean strict;
    private ClassLoader classLoader;
    private final List<ClassLoader> additionalClassLoaders = new ArrayList<>();
    private final List<P> manual = new ArrayList<>();

    private Builder(Class<P> type, Function<? super P, String> idOf, ToIntFunction<? super P> priorityOf) {
      this.type = Objects.requireNonNull(type, "type");
      this.idOf = Objects.requireNonNull(idOf, "idOf");
      this.priorityOf = Objects.requireNonNull(priorityOf, "priorityOf");
    }

    /** Whether to discover providers through {@code ServiceLoader} (default: yes). */
    public Builder<P> discovery(boolean on) {
      this.discovery = on;
      return this;
    }

    /** Whether to fail on any load failure or equal-priority duplicate (default: no, warn). */
    public Builder<P> strict(boolean on) {
      this.strict = on;
      return this;
    }

    /**
     * The class loader to discover with, instead of the default (the thread's context loader,
     * then this library's own).
     */
    public Builder<P> classLoader(ClassLoader loader) {
      this.classLoader = Objects.requireNonNull(loader, "loader");
      return this;
    }

    /** Another class loader to discover with as well, such as one over a plugin folder. */
    public Builder<P> addClassLoader(ClassLoader loader) {
      additionalClassLoaders.add(Objects.requireNonNull(loader, "loader"));
      return this;
    }

    /** Registers a provider by hand; its origin is {@linkplain ProviderOrigin#manual() manual}. */
    public Builder<P> register(P provider) {
      manual.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    /** Registers providers by hand. */
    public Builder<P> registerAll(Iterable<? extends P> providers) {
      providers.forEach(this::register);
      return this;
    }

    /**
     * Discovers (when on), checks and orders the providers.
     *
     * @throws ProviderLoadException when a manual provider has a blank id, or, in strict mode,
     *     when any provider failed to load or two shared an id at equal priority
     */
    public ProviderRegistry<P> build() {
      List<RegisteredProvider<P>> candidates = new ArrayList<>();
      // Rank of the class loader each candidate came through: manual -1, then the loaders in order,
      // so that at equal priority a plugin (additional loader) never displaces a built-in.
      Map<RegisteredProvider<P>, Integer> loaderRank = new java.util.IdentityHashMap<>();
      List<LoadFailure> failures = new ArrayList<>();
      Set<Class<?>> manualClasses = new HashSet<>();
      for (P provider : manual) {
        RegisteredProvider<P> entry = identify(provider, ProviderOrigin.manual(), failures);
        if (entry == null) {
          // A blank id in code is a programming error, whatever the mode.
          throw new ProviderLoadException(type.getName(), new LoadReport(failures, List.of()));
        }
        candidates.add(entry);
        loaderRank.put(entry, -1);
        manualClasses.add(provider.getClass());
      }
      if (discovery) {
        List<ClassLoader> loaders = new ArrayList<>(
            classLoader == null ? ProviderLoader.defaultClassLoaders() : List.of(classLoader));
        loaders.addAll(additionalClassLoaders);
        ProviderLoader.Discovery<P> found = ProviderLoader.of(type).load(loaders);
        failures.addAll(found.failures());
        for (ProviderLoader.DiscoveredProvider<P> d : found.providers()) {
          // Registering by hand a class that is also discovered is not a duplicate.
          if (manualClasses.contains(d.provider().getClass())) {
            continue;
          }
          RegisteredProvider<P> entry = identify(d.provider(), d.origin(), failures);
          if (entry != null) {
            candidates.add(entry);
            loaderRank.put(entry, d.loaderIndex());
          }
        }
      }
      List<DuplicateProvider> duplicates = new ArrayList<>();
      // Which of two providers with the same id is kept: priority, then manual, then the earlier
      // class loader (built-ins before plugins), then class name and origin.
      Comparator<RegisteredProvider<P>> preference =
          Comparator.<RegisteredProvider<P>>comparingInt(RegisteredProvider::priority).reversed()
              .thenComparingInt(loaderRank::get)
              .thenComparing(RegisteredProvider::className)
              .thenComparing(e -> e.origin().toString());
      List<RegisteredProvider<P>> kept = resolveDuplicates(candidates, duplicates, preference);
      LoadReport report = new LoadReport(failures, duplicates);
      if (strict && report.hasErrors()) {
        throw new ProviderLoadException(type.getName(), report);
      }
      log(report);
      kept.sort(ORDER);
      return new ProviderRegistry<>(type, kept, report);
    }

    private RegisteredProvider<P> identify(P provider, ProviderOrigin origin, List<LoadFailure> failures) {
      String className = provider.getClass().getName();
      String id;
      int priority;
      try {
        id = idOf.apply(provider);
        priority = priorityOf.applyAsInt(provider);
      } catch (RuntimeException | LinkageError e) {
        failures.add(new LoadFailure(className, "could not give its id or priority: " + ProviderLoader.describe(e), e));
        return null;
      }
      if (id == null || id.isBlank()) {
        failures.add(new LoadFailure(className, "blank id" + (id == null ? " (null)" : " '" + id + "'"), null));
        return null;
      }
      return new RegisteredProvider<>(provider, id, priority, className, origin);
    }

    private static <P> List<RegisteredProvider<P>> resolveDuplicates(List<RegisteredProvider<P>> candidates,
        List<DuplicateProvider> duplicates, Comparator<RegisteredProvider<P>> preference) {
      Map<String, List<RegisteredProvider<P>>> byId = new TreeMap<>();
      candidates.forEach(c -> byId.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c));
      List<RegisteredProvider<P>> kept = new ArrayList<>();
      for (List<RegisteredProvider<P>> sameId : byId.values()) {
        sameId.sort(preference);
        RegisteredProvider<P> winner = sameId.get(0);
        kept.add(winner);
        for (RegisteredProvider<P> loser : sameId.subList(1, sameId.size())) {
          duplicates.add(new DuplicateProvider(winner.id(), winner.className(), winner.priority(), winner.origin(),
              loser.className(), loser.priority(), loser.origin()));
        }
      }
      return kept;
    }

    private void log(LoadReport report) {
      for (LoadFailure f : report.failures()) {
        LOG.warn("Skipping a provider of {}: {}: {}", type.getName(), f.className(), f.reason());
        if (f.cause() != null) {
          LOG.debug("Stack trace of the failure of {}", f.className(), f.cause());
        }
      }
      for (DuplicateProvider d : report.duplicates()) {
        if (d.tie()) {
          LOG.warn("Providers of {}: {}", type.getName(), d);
        } else {
          LOG.info("Providers of {}: {}", type.getName(), d);
        }
      }
    }
  }
}
