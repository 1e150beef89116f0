package org.schemadepartemental.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.OrientationKind;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.InputLocation;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadProblem;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.RichPlans;
import org.schemadepartemental.io.SchemaReadException;
import org.schemadepartemental.io.WriteOptions;
import org.schemadepartemental.io.internal.TextDecoding;

/** Plan CSVs as spreadsheet users save them, and the mistakes they make. */
class PlanCsvReadingTest {

  private static final String HEADER = "orientationCode;orientationTitle;orientationKind;ficheId;ficheNumber;ficheTitle;"
      + "ficheCalendar;pilots;partners;sousActionId;sousActionTitle;sousActionCalendar\r\n";

  private static ReadResult read(byte[] bytes) {
    return new CsvFormatProvider().reader().orElseThrow().read(DocumentSource.of("plan.csv", bytes), ReadOptions.defaults());
  }

  private static ReadResult read(String text) {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsAFrenchExcelFileInWindows1252WithSemicolons() {
    String text = HEADER
        + "1;Prévention;strategic;;6;Accompagner la parentalité;;Conseil départemental;\"CAF ; Éducation nationale\";;"
        + "Créer un lieu d'accueil;Démarrage en 2019\r\n"
        + "1;Prévention;strategic;;6;Accompagner la parentalité;;;;;Évaluer;2020-2021\r\n"
        + "2;Protection;;;7;Diversifier l'accueil;A définir;;;;;\r\n";

    Schema plan = read(text.getBytes(TextDecoding.WINDOWS_1252)).schema();

    assertThat(plan.orientations()).hasSize(2);
    assertThat(plan.orientations().get(0).kind()).isEqualTo(OrientationKind.STRATEGIC);
    assertThat(plan.orientations().get(1).kind()).isEqualTo(OrientationKind.UNSPECIFIED);
    Fiche six = plan.fiches().get(0);
    assertThat(six.id()).isEqualTo("fa-6");
    assertThat(six.pilots()).containsExactly(Actor.named("Conseil départemental"));
    assertThat(six.partners()).containsExactly(Actor.named("CAF"), Actor.named("Éducation nationale"));
    assertThat(six.sousActions()).extracting(a -> a.id() + " " + a.title())
        .containsExactly("fa-6.sa1 Créer un lieu d'accueil", "fa-6.sa2 Évaluer");
    assertThat(six.sousActions().get(0).calendar().form()).isEqualTo(CalendarForm.FROM);
    assertThat(six.sousActions().get(0).calendar().start()).contains(CalendarPeriod.year(2019));
    assertThat(six.sousActions().get(1).calendar().end()).contains(CalendarPeriod.year(2021));
    assertThat(plan.fiches().get(1).calendar().form()).isEqualTo(CalendarForm.TO_BE_DEFINED);
    assertThat(plan.fiches().get(1).sousActions()).isEmpty();
  }

  @Test
  void aRepeatedValueThatDiffersIsReportedAndTheFirstKept() {
    String text = HEADER
        + "1;Prévention;;;6;Parentalité;;CD;;;A;\r\n"
        + "1;Prevention;;;6;Parentalité;;PJJ;;;B;\r\n";

    ReadResult result = read(text);

    assertThat(result.schema().orientations().get(0).title()).isEqualTo("Prévention");
    assertThat(result.schema().fiches().get(0).pilots()).containsExactly(Actor.named("CD"));
    assertThat(result.problems()).filteredOn(p -> p.code().equals("csv.conflicting-value"))
        .extracting(ReadProblem::location)
        .containsExactly(InputLocation.at("plan.csv", 3, 3), InputLocation.at("plan.csv", 3, 31));
  }

  @Test
  void mistakesAreLocatedByLineAndColumn() {
    assertThatThrownBy(() -> read(HEADER + ";Prévention;;;6;Titre;;;;;;\r\n"))
        .isInstanceOfSatisfying(SchemaReadException.class, e -> {
          assertThat(e.location()).isEqualTo(InputLocation.at("plan.csv", 2, 1));
          assertThat(e.problem()).isEqualTo("missing orientation code");
        });
    assertThatThrownBy(() -> read(HEADER + "1;Prévention;axe;;6;Titre;;;;;;\r\n"))
        .isInstanceOfSatisfying(SchemaReadException.class, e -> {
          assertThat(e.location()).isEqualTo(InputLocation.at("plan.csv", 2, 14));
          assertThat(e.expected()).contains("transversal, strategic, territorial or unspecified");
        });
    assertThatThrownBy(() -> read(HEADER + "1;Prévention;;;6;;;;;;;\r\n"))
        .isInstanceOfSatisfying(SchemaReadException.class, e -> {
          assertThat(e.location()).isEqualTo(InputLocation.at("plan.csv", 2, 18));
          assertThat(e.problem()).isEqualTo("empty cell in column 'ficheTitle'");
        });
    assertThatThrownBy(() -> read(HEADER + "1;Prévention;;;6;Titre;;;;fa-6.sa1;;2019\r\n"))
        .isInstanceOfSatisfying(SchemaReadException.class, e -> assertThat(e.problem()).isEqualTo("a sous-action without title"));
    assertThatThrownBy(() -> read(HEADER + "1;Prévention;;;6;Titre;;;;fa-6.sa1;A;\r\n1;Prévention;;;6;Titre;;;;fa-6.sa1;B;\r\n"))
        .isInstanceOfSatisfying(SchemaReadException.class, e -> {
          assertThat(e.location().line()).isEqualTo(3);
          assertThat(e.problem()).contains("fa-6.sa1 listed twice");
        });
  }

  @Test
  void anUnknownHeaderIsRefusedWithTheExpectedColumns() {
    assertThatThrownBy(() -> read("nom,valeur\nx,1\n"))
        .isInstanceOfSatisfying(SchemaReadException.class, e -> {
          assertThat(e.problem()).isEqualTo("the header names no known layout");
          assertThat(e.expected().orElseThrow()).contains("orientationCode").contains("indicatorId");
        });
    assertThatThrownBy(() -> read("")).isInstanceOf(SchemaReadException.class).hasMessageContaining("empty input");
  }

  @Test
  void writesUtf8WithBomAndCrlfInTheDelimiterAsked() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    new CsvFormatProvider().writer().orElseThrow().write(RichPlans.everyField(), out,
        WriteOptions.defaults().withProperty(CsvLayout.DELIMITER_PROPERTY, ";"));

    byte[] bytes = out.toByteArray();
    assertThat(List.of(bytes[0], bytes[1], bytes[2])).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF" + HEADER);
    assertThat(text).contains("Conseil départemental");
    assertThat(text.split("\r\n", -1)).hasSize(2 + 6 + 1); // header, six sous-actions, the bare fiche, and the end
  }

  @Test
  void anUnknownLayoutIsAnError() {
    assertThatThrownBy(() -> new CsvFormatProvider().writer().orElseThrow().write(RichPlans.everyField(),
        new ByteArrayOutputStream(), WriteOptions.defaults().withProperty(CsvLayout.PROPERTY, "fiches")))
        .hasMessageContaining("unknown CSV layout 'fiches'")
        .hasMessageContaining("plan or measurements");
  }
}
