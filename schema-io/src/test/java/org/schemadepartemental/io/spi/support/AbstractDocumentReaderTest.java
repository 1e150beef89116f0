package org.schemadepartemental.io.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.ListItem;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.LimitExceededException;
import org.schemadepartemental.io.SchemaReadException;
import org.schemadepartemental.io.spi.ContentSample;

/** The base reader, through a plugin-sized reader written only with the support package. */
class AbstractDocumentReaderTest {

  /** The example of docs/importing.md: "FICHE n : title" lines and "• item" lines below them. */
  static final class BulletSheetReader extends AbstractDocumentReader {
    @Override
    protected Schema read(DocumentContext ctx) {
      NoiseKind[] noise = PageNoise.scanner().scan(ctx.document());
      Orientation.Builder axis = Orientation.builder("1", "Plan d'actions");
      Fiche.Builder fiche = null;
      List<String> items = new ArrayList<>();
      LineCursor cursor = ctx.cursor();
      while (cursor.hasNext()) {
        SourceLine line = cursor.next();
        if (line.isBlank()) {
          continue;
        }
        if (noise[line.number()] != null) {
          ctx.placement().noise(line.number(), noise[line.number()]);
        } else if (line.text().startsWith("FICHE ")) {
          if (fiche != null) {
            axis.addFiche(fiche.addBreakdown(BulletLists.parse(String.join(" ", items)).toArray(ListItem[]::new)).build());
            items.clear();
          }
          String[] parts = line.text().substring(6).split(":", 2);
          fiche = Fiche.builder(parts[0].strip(), parts[1].strip());
          ctx.placement().placed(line.number());
        } else if (fiche != null && line.stripped().startsWith("•")) {
          items.add(line.text());
          ctx.placement().placed(line.number());
        }
      }
      if (fiche != null) {
        axis.addFiche(fiche.addBreakdown(BulletLists.parse(String.join(" ", items)).toArray(ListItem[]::new)).build());
      }
      return Schema.builder(ctx.planId(ctx.departement(java.util.Optional.empty()), ctx.period(java.util.Optional.empty()),
          "plan"), "Plan").addOrientation(axis.build()).build();
    }
  }

  @Test
  void aPluginSizedReaderGetsDecodingLinesAndThePlacementReport() {
    String text = "FICHE 1 : Prévenir\r\n• Ouvrir\r\n• Former\r\nPage 2\r\nun mot perdu\r\nFICHE 2 : Protéger\r\n";
    ReadResult r = new BulletSheetReader().read(DocumentSource.of("x.txt", text.getBytes(DecodedText.WINDOWS_1252)),
        ReadOptions.defaults());
    assertThat(r.schema().fiches()).extracting(Fiche::title).containsExactly("Prévenir", "Protéger");
    assertThat(r.schema().fiches().get(0).breakdown()).extracting(ListItem::text).containsExactly("Ouvrir", "Former");
    assertThat(r.placement().orElseThrow().unplaced()).extracting(u -> u.location().line()).containsExactly(5);
    assertThat(r.placement().orElseThrow().noiseChars()).isEqualTo("Page2".length());
  }

  @Test
  void anUnexpectedFailureBecomesAReadExceptionAtTheLineBeingRead() {
    String text = "FICHE 1 : ok\nFICHE sans deux-points\n";
    assertThatThrownBy(() -> new BulletSheetReader().read(DocumentSource.ofText("y.txt", text), ReadOptions.defaults()))
        .isInstanceOf(SchemaReadException.class)
        .satisfies(e -> assertThat(((SchemaReadException) e).location().line()).isEqualTo(2))
        .hasMessageStartingWith("y.txt:2: ");
  }

  @Test
  void sourcesThatFailOrAreTooLargeAreReadExceptions() {
    DocumentSource broken = DocumentSource.of("z.txt", () -> {
      throw new IOException("disque absent");
    });
    assertThatThrownBy(() -> new BulletSheetReader().read(broken, ReadOptions.defaults()))
        .isInstanceOf(SchemaReadException.class).hasMessageContaining("disque absent");
    ReadOptions small = ReadOptions.defaults().withProperty(AbstractDocumentReader.MAX_BYTES_PROPERTY, "10");
    assertThatThrownBy(() -> new BulletSheetReader().read(DocumentSource.ofText("big.txt", "x".repeat(11)), small))
        .isInstanceOf(LimitExceededException.class).hasMessageContaining("maxInputBytes = 10")
        .satisfies(e -> assertThat(((LimitExceededException) e).limit()).isEqualTo(10));
  }

  @Test
  void aDocumentProviderSniffsTheDecodedHeadAndNeverThrows() {
    DocumentFormatProvider provider = new DocumentFormatProvider("bullet-sheet", "Fiches with bullets", new BulletSheetReader()) {
      @Override
      protected double sniff(TextDocument head) {
        return head.lines().stream().anyMatch(l -> l.text().startsWith("FICHE ")) ? 0.7 : 0.0;
      }
    };
    assertThat(provider.sniff(new ContentSample("a.bin", "FICHE 1 : é".getBytes(DecodedText.WINDOWS_1252)))).isEqualTo(0.7);
    assertThat(provider.sniff(new ContentSample("a.bin", new byte[] {(byte) 0xFF, 0}))).isZero();
    assertThat(provider.reader()).isPresent();
    assertThat(provider.id()).isEqualTo("bullet-sheet");
  }
}
