package org.schemadepartemental.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.schemadepartemental.io.AtomicFiles;
import org.schemadepartemental.report.internal.DashboardWriter;

/**
 * The monitoring committee's dashboard: one self-contained HTML5 page (inline CSS and SVG, no
 * script, nothing fetched, a Content-Security-Policy forbidding any load) that reads offline
 * and prints on A4, one section per page.
 *
 * <p>Sections: the header (plan, département, period, "as of" date, overall progress, sous-actions
 * by status); a table of contents; the Gantt chart of each orientation by semester, each row
 * coloured by its schedule status and the status written out; progress per orientation and
 * fiche with the counts of late, unscheduled and unvalued sous-actions; a line chart per
 * indicator with values, with its baseline and targets, attainment rate and trend; coverage
 * warnings; the validator's problems; the matrix of pilots and partners by fiche. When the data
 * is {@linkplain ReportData#illustrative() illustrative} a banner says so.
 *
 * <p>Every figure is a calculator's result from {@link ReportData#indicators()}; every text of
 * the plan is escaped, in content and in attributes.
 *
 * @since 0.1
 */
public final class DashboardReport {
  private DashboardReport() {}

  /** The page. */
  public static String render(ReportData data) {
    return DashboardWriter.write(data);
  }

  /**
   * Writes the page to a file, through a temporary file moved into place.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(ReportData data, Path target) {
    try {
      AtomicFiles.writeString(target, render(data));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
