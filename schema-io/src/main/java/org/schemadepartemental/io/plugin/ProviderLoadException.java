package org.schemadepartemental.io.plugin;

import java.util.Objects;

/**
 * A registry could not be built: in strict mode, some provider failed to load or two shared an
 * id at equal priority; in any mode, a provider registered by hand gave a blank id. The report
 * lists everything found wrong, not just the first problem.
 */
public class ProviderLoadException extends ProviderException {
  private static final long serialVersionUID = 1L;

  private final transient LoadReport report;

  /** An exception carrying the report of a failed build. */
  public ProviderLoadException(String serviceName, LoadReport report) {
    super("providers of " + serviceName + " could not be loaded:\n  " + String.join("\n  ", report.lines()),
        report.failures().isEmpty() ? null : report.failures().get(0).cause());
    this.report = Objects.requireNonNull(report, "report");
  }

  /** Everything found wrong. */
  public LoadReport report() {
    return report;
  }
}
