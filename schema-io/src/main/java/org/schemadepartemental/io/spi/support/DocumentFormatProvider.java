package org.schemadepartemental.io.spi.support;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.io.spi.ContentSample;
import org.schemadepartemental.io.spi.FormatProvider;
import org.schemadepartemental.io.spi.SchemaReader;

/**
 * The base of a provider for a text document layout: an id, a description, a reader, and a
 * content-based {@link #sniff(TextDocument)} over the decoded start of the file (the file name is
 * not looked at: layouts are recognised from what they say).
 *
 * <pre>{@code
 * public final class MyLayoutFormat extends DocumentFormatProvider {
 *   public MyLayoutFormat() {
 *     super("my-layout", "Plans of the Département X (Word export)", new MyLayoutReader());
 *   }
 *   protected double sniff(TextDocument head) {
 *     return head.text().contains("FICHE ACTION N°") ? 0.8 : 0.0;
 *   }
 * }
 * }</pre>
 *
 * @since 0.1
 */
public abstract class DocumentFormatProvider implements FormatProvider {
  private final String id;
  private final String description;
  private final SchemaReader reader;

  /** A provider with this id, description and reader. */
  protected DocumentFormatProvider(String id, String description, AbstractDocumentReader reader) {
    this.id = Objects.requireNonNull(id, "id");
    this.description = Objects.requireNonNull(description, "description");
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /**
   * How likely (0 to 1) the decoded start of a file is in this layout. Never throws: text it does
   * not recognise gives 0.
   */
  protected abstract double sniff(TextDocument head);

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public List<String> extensions() {
    return List.of("txt");
  }

  @Override
  public String mediaType() {
    return "text/plain";
  }

  @Override
  public final double sniff(ContentSample sample) {
    try {
      DecodedText head = DecodedText.decodeHead(sample.head(), Optional.empty());
      double score = sniff(TextDocument.of(sample.fileName(), head.text()));
      return Double.isNaN(score) ? 0.0 : Math.max(0.0, Math.min(1.0, score));
    } catch (RuntimeException e) {
      return 0.0;
    }
  }

  @Override
  public final Optional<SchemaReader> reader() {
    return Optional.of(reader);
  }
}
