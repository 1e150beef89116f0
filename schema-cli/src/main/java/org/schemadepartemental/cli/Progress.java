package org.schemadepartemental.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error for batches, drawn only when standard error is a
 * terminal (never in logs or pipes).
 */
final class Progress {
  private final PrintWriter err;
  private final int total;
  private final boolean enabled;
  private int done;

  Progress(PrintWriter err, int total) {
    this.err = err;
    this.total = total;
    this.enabled = total > 1 && System.console() != null && System.getenv("CI") == null;
  }

  /** Marks one more item done, naming it. */
  void step(String name) {
    done++;
    if (!enabled) {
      return;
    }
    int width = 30;
    int filled = (int) Math.round(width * (double) done / total);
    String label = name.length() > 40 ? "…" + name.substring(name.length() - 39) : name;
    err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " " + label
        + " ".repeat(Math.max(0, 41 - label.length())));
    if (done == total) {
      err.println();
    }
    err.flush();
  }
}
