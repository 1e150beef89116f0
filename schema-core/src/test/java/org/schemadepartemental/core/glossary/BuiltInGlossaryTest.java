package org.schemadepartemental.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Glossary;
import org.schemadepartemental.core.GlossaryEntry;

class BuiltInGlossaryTest {

  private final Glossary builtIn = BuiltInGlossary.glossary();

  @Test
  void coversTheFieldsAcronymsEachWithASourceToCheckIt() {
    assertThat(builtIn.size()).isGreaterThanOrEqualTo(80);
    assertThat(builtIn.entries()).containsKeys(
        "ASE", "PMI", "CRIP", "IP", "ODPE", "PPE", "AED", "AEMO", "MNA", "MIE", "TDC", "MECS", "LVA", "CPOM",
        "TISF", "CAMSP", "CPEF", "EAJE", "REAAP", "MEIMO", "CAF", "PJJ", "ARS", "MDPH", "CASF", "ONPE", "DDCS",
        "DDETS", "CMP", "CMPP", "ITEP", "IME", "SESSAD", "ESAT", "AEEH", "PCH", "RSA", "CCAS", "CIAS", "MDS",
        "EPP", "BSEM", "MAM", "RPE", "PANJO", "CSS", "CPO", "TGI", "TJ", "JE", "OPP", "DAP", "DIPC", "CDAJE",
        "ACM", "MSA", "CLSPD", "PRE", "UEMO", "AGBF", "MJAGBF", "SAVS", "APJM", "CJM", "FJT", "ANESM", "HAS");
    assertThat(builtIn.list()).allSatisfy(e -> {
      assertThat(e.reference()).as(e.acronym()).isPresent();
      assertThat(e.acronym()).matches("[A-Z]{2,6}");
      assertThat(e.expansion()).doesNotStartWith(" ").isNotEqualTo(e.acronym());
    });
  }

  @Test
  void expandsAsTheLawNamesThem() {
    assertThat(builtIn.lookup("ASE")).get().extracting(GlossaryEntry::expansion).isEqualTo("Aide sociale à l'enfance");
    assertThat(builtIn.lookup("CRIP").get().reference()).contains("CASF, art. L226-3 (Légifrance)");
    assertThat(builtIn.lookup("tdc")).get().extracting(GlossaryEntry::expansion).isEqualTo("Tiers digne de confiance");
  }

  @Test
  void aPlansOwnGlossaryWinsOverTheBuiltInOne() {
    Glossary plan = Glossary.of(List.of(GlossaryEntry.of("MDS", "Maison du Département Solidarité"),
        GlossaryEntry.of("MECOP", "Maisons des Enfants de la Côte d'Opale")));
    Glossary merged = plan.merge(builtIn);
    assertThat(merged.lookup("MDS").get().expansion()).isEqualTo("Maison du Département Solidarité");
    assertThat(merged.lookup("MECOP")).isPresent();
    assertThat(merged.lookup("ASE")).isPresent();
    assertThat(merged.size()).isEqualTo(builtIn.size() + 1);
  }
}
