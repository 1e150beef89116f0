package org.schemadepartemental.io.spi.support;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.InputLocation;
import org.schemadepartemental.io.ReadLimits;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.SchemaReadException;
import org.schemadepartemental.io.internal.InputLimits;
import org.schemadepartemental.io.internal.PlanCounter;
import org.schemadepartemental.io.spi.SchemaReader;

/**
 * The base of a reader of a text document layout: it reads the bytes (within a size limit),
 * decodes them ({@link DecodedText}), splits the lines ({@link TextDocument}), hands a {@link
 * DocumentContext} to {@link #read(DocumentContext)}, and returns the plan with the problems and
 * the placement report. Whatever goes wrong inside, the caller only ever sees a {@link
 * SchemaReadException} naming the line being processed.
 *
 * <p>A subclass implements one method; it stays stateless, so one instance serves every read.
 *
 * @since 0.1
 */
public abstract class AbstractDocumentReader implements SchemaReader {

  /**
   * The property that sets the size limit in bytes ({@code document.maxBytes}); when given, it
   * wins over {@link ReadLimits#maxInputBytes()} (the first way to set it, kept for callers).
   */
  public static final String MAX_BYTES_PROPERTY = "document.maxBytes";

  /** The default size limit: {@link ReadLimits#DEFAULT_MAX_INPUT_BYTES} (32 MiB). */
  public static final long DEFAULT_MAX_BYTES = ReadLimits.DEFAULT_MAX_INPUT_BYTES;

  /** For subclasses. */
  protected AbstractDocumentReader() {}

  /**
   * Reads the document of the context into a plan, placing what it reads with {@link
   * DocumentContext#placement()} and reporting problems through the context.
   *
   * @throws SchemaReadException when the document cannot be read at all
   */
  protected abstract Schema read(DocumentContext context);

  /** What the layout is, for messages ("a summary table of axes and fiches"). */
  protected String expectedLayout() {
    return "a document in the layout of " + getClass().getSimpleName();
  }

  @Override
  public final ReadResult read(DocumentSource source, ReadOptions options) {
    if (source == null || options == null) {
      throw new SchemaReadException(InputLocation.of(String.valueOf(source)), "no source or no options given", null);
    }
    byte[] bytes = InputLimits.readAll(source, maxBytes(source, options), ReadLimits.MAX_INPUT_BYTES);
    DocumentContext context;
    try {
      DecodedText decoded = DecodedText.decode(bytes, options.charset());
      // Before any layout rule: a ten-megabyte line is refused at once.
      InputLimits.checkLines(decoded.text(), source.name(), options.limits().maxLineLength());
      context = new DocumentContext(TextDocument.of(source.name(), decoded.text()), decoded, options);
    } catch (SchemaReadException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new SchemaReadException(InputLocation.of(source.name()), "cannot decode the text: " + e, "text", e);
    }
    try {
      Schema schema = read(context);
      if (schema == null) {
        throw context.failure(context.currentLine(), "the reader produced no plan", expectedLayout());
      }
      PlanCounter.check(schema, options.limits(), source.name());
      return new ReadResult(schema, context.problems(), Optional.of(context.placement().report()));
    } catch (SchemaReadException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new SchemaReadException(
          context.currentLine() > 0 ? context.location(context.currentLine()) : InputLocation.of(source.name()),
          "could not read this part of the document (" + e + ")", expectedLayout(), e);
    }
  }

  private static long maxBytes(DocumentSource source, ReadOptions options) {
    Optional<String> value = options.property(MAX_BYTES_PROPERTY);
    if (value.isEmpty()) {
      return options.limits().maxInputBytes();
    }
    try {
      long max = Long.parseLong(value.get().strip());
      if (max > 0) {
        return max;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new SchemaReadException(InputLocation.of(source.name()),
        "invalid option " + MAX_BYTES_PROPERTY + "=" + value.get(), "a positive number of bytes");
  }
}
