package org.schemadepartemental.io.layouts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.ListItem;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.PlacementReport;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.spi.FormatProvider;

/** Loads the layout samples and variants from the test resources and reads them. */
public final class LayoutSamples {
  private LayoutSamples() {}

  /** The bytes of {@code layouts/<name>}. */
  public static byte[] bytes(String name) {
    try (InputStream in = LayoutSamples.class.getResourceAsStream("/layouts/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource layouts/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a resource with the provider's reader. */
  public static ReadResult read(FormatProvider provider, String name, ReadOptions options) {
    return provider.reader().orElseThrow().read(DocumentSource.of(name, bytes(name)), options);
  }

  /** Reads a resource with default options. */
  public static ReadResult read(FormatProvider provider, String name) {
    return read(provider, name, ReadOptions.defaults());
  }

  /** A one-line summary of the placement, printed by the sample tests (the figures in docs/importing.md). */
  public static String describe(PlacementReport report) {
    return String.format(java.util.Locale.ROOT, "%s: %d non-blank characters, %d placed, %d noise, %d unplaced (%.2f %% accounted for), %d unplaced pieces",
        report.source(), report.totalChars(), report.placedChars(), report.noiseChars(), report.unplacedChars(),
        100 * report.accountedRatio(), report.unplaced().size());
  }

  /** A readable dump of a plan's structure, for debugging failed assertions. */
  public static String dump(Schema schema) {
    StringBuilder sb = new StringBuilder(schema.id() + " | " + schema.title() + " | " + schema.departement() + " | " + schema.period() + "\n");
    for (Orientation o : schema.orientations()) {
      sb.append("AXIS ").append(o.code()).append(' ').append(o.kind()).append(' ').append(o.title())
          .append(o.principle().map(p -> "\n  PRINCIPE " + p).orElse("")).append('\n');
      for (Fiche f : o.fiches()) {
        sb.append("  FICHE ").append(f.number()).append(' ').append(f.title()).append(" [").append(f.calendar().form())
            .append(' ').append(f.calendar().text()).append("]\n");
        sb.append("    pilots=").append(f.pilots()).append("\n    partners=").append(f.partners()).append('\n');
        items(sb, "diag", f.diagnostic());
        items(sb, "obj", f.objectives());
        items(sb, "breakdown", f.breakdown());
        items(sb, "vigilance", f.vigilance());
        for (SousAction s : f.sousActions()) {
          sb.append("    SA ").append(s.id()).append(' ').append(s.title()).append(" [").append(s.calendar().form()).append(' ')
              .append(s.calendar().text()).append("]\n");
        }
        f.indicators().forEach(i -> sb.append("    IND ").append(i.kind()).append(' ').append(i.measureType()).append(' ')
            .append(i.direction()).append(' ').append(i.label()).append('\n'));
        sb.append("    refs=").append(f.crossReferences()).append('\n');
      }
    }
    schema.lineage().ifPresent(l -> {
      sb.append("LINEAGE ").append(l.previousPlan()).append('\n');
      l.axes().forEach(a -> {
        sb.append("  ").append(a.code()).append(' ').append(a.title()).append('\n');
        a.stakes().forEach(s -> sb.append("    - ").append(s.text()).append('\n'));
      });
    });
    sb.append("GLOSSARY ").append(schema.glossary().list().stream().map(e -> e.acronym() + "=" + e.expansion()).collect(Collectors.joining("; ")));
    return sb.toString();
  }

  private static void items(StringBuilder sb, String label, java.util.List<ListItem> items) {
    for (ListItem i : items) {
      item(sb, "    " + label + ": ", i);
    }
  }

  private static void item(StringBuilder sb, String indent, ListItem i) {
    sb.append(indent).append(i.text()).append('\n');
    for (ListItem c : i.children()) {
      item(sb, indent.replaceAll("\\S.*", "") + "      ", c);
    }
  }
}
