package org.schemadepartemental.io.spi.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.Departement;
import org.schemadepartemental.core.Ids;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.io.InputLocation;
import org.schemadepartemental.io.ProblemSeverity;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadProblem;
import org.schemadepartemental.io.SchemaReadException;

/**
 * What a document reader works with during one read: the decoded document, the options, the
 * placement tracker, the problems met, and the line being processed (so that an unexpected
 * failure is reported there). Made by {@link AbstractDocumentReader}; one per read, not
 * thread-safe.
 */
public final class DocumentContext {
  private final TextDocument document;
  private final ReadOptions options;
  private final DecodedText decoded;
  private final PlacementTracker placement;
  private final List<ReadProblem> problems = new ArrayList<>();
  private int currentLine;

  /** A context over a decoded document. */
  public DocumentContext(TextDocument document, DecodedText decoded, ReadOptions options) {
    this.document = Objects.requireNonNull(document, "document");
    this.decoded = Objects.requireNonNull(decoded, "decoded");
    this.options = Objects.requireNonNull(options, "options");
    this.placement = new PlacementTracker(document);
  }

  /** The document. */
  public TextDocument document() {
    return document;
  }

  /** How the bytes were decoded. */
  public DecodedText decoded() {
    return decoded;
  }

  /** The read options. */
  public ReadOptions options() {
    return options;
  }

  /** The placement tracker of this read. */
  public PlacementTracker placement() {
    return placement;
  }

  /** A cursor at the first line that keeps {@link #currentLine()} up to date. */
  public LineCursor cursor() {
    return new LineCursor(document, this::at);
  }

  /** Records that {@code line} is being processed (for error locations). */
  public void at(int line) {
    this.currentLine = line;
  }

  /** The line being processed, 0 when none yet. */
  public int currentLine() {
    return currentLine;
  }

  /** The location of a line. */
  public InputLocation location(int line) {
    return document.location(line);
  }

  /** Adds a problem of the given severity at a line. */
  public void problem(ProblemSeverity severity, String code, int line, String message) {
    problems.add(ReadProblem.of(severity, code, location(line), message));
  }

  /** Adds a warning at a line. */
  public void warn(String code, int line, String message) {
    problem(ProblemSeverity.WARNING, code, line, message);
  }

  /** Adds an informational note at a line. */
  public void info(String code, int line, String message) {
    problem(ProblemSeverity.INFO, code, line, message);
  }

  /** The problems so far. */
  public List<ReadProblem> problems() {
    return List.copyOf(problems);
  }

  /**
   * A read failure at a line, to throw when the document cannot be read at all.
   *
   * @param expected what was expected there, or null
   */
  public SchemaReadException failure(int line, String problem, String expected) {
    return new SchemaReadException(line > 0 ? location(line) : InputLocation.of(document.source()), problem, expected);
  }

  /** The département: the one in the options wins over the one found in the document. */
  public Optional<Departement> departement(Optional<Departement> found) {
    return options.departement().isPresent() ? options.departement() : found;
  }

  /** The period: the one in the options wins over the one found in the document. */
  public Optional<YearRange> period(Optional<YearRange> found) {
    return options.period().isPresent() ? options.period() : found;
  }

  /**
   * The plan id: the one in the options, else {@code <département>-<period>} from what is known
   * ({@code orne-2017-2021}), else a slug of the title.
   */
  public String planId(Optional<Departement> departement, Optional<YearRange> period, String title) {
    if (options.planId().isPresent()) {
      return options.planId().get();
    }
    if (departement.isPresent() || period.isPresent()) {
      StringBuilder sb = new StringBuilder();
      departement.ifPresent(d -> sb.append(Ids.slug(d.name())));
      period.ifPresent(p -> sb.append(sb.length() > 0 ? "-" : "").append(p.first()).append('-').append(p.last()));
      return sb.toString();
    }
    String slug = Ids.slug(title);
    if (slug.length() <= 60) {
      return slug;
    }
    String cut = slug.substring(0, 60);
    return cut.endsWith("-") ? cut.substring(0, 59) : cut;
  }
}
