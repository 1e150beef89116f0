package org.schemadepartemental.io.plugin;

import java.util.ArrayList;
import java.util.List;

/**
 * What went wrong while building a registry: the providers that failed to load (or were
 * rejected) and the duplicate ids. Empty when everything loaded cleanly. A command line prints
 * {@link #lines()} so that users see why a plugin is missing.
 *
 * @param failures providers left out because they failed to load or gave a blank id
 * @param duplicates providers that shared an id with another
 */
public record LoadReport(List<LoadFailure> failures, List<DuplicateProvider> duplicates) {

  private static final LoadReport EMPTY = new LoadReport(List.of(), List.of());

  /** Copies. */
  public LoadReport {
    failures = List.copyOf(failures);
    duplicates = List.copyOf(duplicates);
  }

  /** A report with nothing in it. */
  public static LoadReport empty() {
    return EMPTY;
  }

  /** Whether nothing went wrong. */
  public boolean isClean() {
    return failures.isEmpty() && duplicates.isEmpty();
  }

  /** Whether a strict registry refuses this report: any failure, or a duplicate at equal priority. */
  public boolean hasErrors() {
    return !failures.isEmpty() || duplicates.stream().anyMatch(DuplicateProvider::tie);
  }

  /** One line per failure, then one per duplicate. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    failures.forEach(f -> lines.add("failed to load " + f));
    duplicates.forEach(d -> lines.add(d.toString()));
    return List.copyOf(lines);
  }

  @Override
  public String toString() {
    return isClean() ? "no provider problem" : String.join("\n", lines());
  }
}
