package org.schemadepartemental.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.schemadepartemental.io.AtomicFiles;
import org.schemadepartemental.report.internal.Doc;
import org.schemadepartemental.report.internal.HtmlDocWriter;
import org.schemadepartemental.report.internal.MarkdownWriter;
import org.schemadepartemental.report.internal.ReviewBuilder;

/**
 * The annual review ("bilan") of a plan for a year, in the shape départements publish: a
 * synthesis, then per orientation and fiche the status and progress, the "point bilan"
 * narrative, the figures of the year against the year before with their evolution, and the
 * perspectives for the next year; then the list of late sous-actions.
 *
 * <p>The year is that of the data's "as of" date; build the data as of 31 December for a full
 * year ({@link #endOfYear(int)}). Statuses, progress and trends are the calculators' results at
 * that date; narratives, perspectives and recorded figures come from the reviews dated in the
 * year (and the year before, for the comparison). Markdown and HTML say the same thing; plan
 * text is escaped in both.
 *
 * <pre>{@code
 * ReportData data = ReportData.builder(plan).asOf(AnnualReview.endOfYear(2019)).build();
 * String markdown = AnnualReview.of(data).markdown();
 * }</pre>
 *
 * @since 0.1
 */
public final class AnnualReview {
  private final ReportData data;
  private final List<Doc> blocks;

  private AnnualReview(ReportData data) {
    this.data = data;
    this.blocks = ReviewBuilder.build(data);
  }

  /** The review of the year of the data's date. */
  public static AnnualReview of(ReportData data) {
    return new AnnualReview(Objects.requireNonNull(data, "data"));
  }

  /** 31 December of the year: the date to build the data of a full year's review at. */
  public static LocalDate endOfYear(int year) {
    return LocalDate.of(year, 12, 31);
  }

  /** The year reviewed. */
  public int year() {
    return data.asOf().getYear();
  }

  /** The review as Markdown (CommonMark with GitHub tables). */
  public String markdown() {
    return MarkdownWriter.write(blocks);
  }

  /** The review as a self-contained HTML page. */
  public String html() {
    return HtmlDocWriter.write(ReviewBuilder.title(data), blocks);
  }

  /** The review in a format. */
  public String render(ReviewFormat format) {
    return format == ReviewFormat.HTML ? html() : markdown();
  }

  /**
   * Writes the review to a file, through a temporary file moved into place.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public void write(Path target, ReviewFormat format) {
    try {
      AtomicFiles.writeString(target, render(format));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
