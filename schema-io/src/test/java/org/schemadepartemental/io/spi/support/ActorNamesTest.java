package org.schemadepartemental.io.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.Glossary;
import org.schemadepartemental.core.GlossaryEntry;
import org.schemadepartemental.core.glossary.BuiltInGlossary;

/** Actors named against a glossary whose expansions are folded once, not once per name. */
class ActorNamesTest {

  /** The former lookup: every expansion of the glossary folded for every name. */
  private static Actor reference(String name, Glossary glossary) {
    String n = TextFolding.collapseSpaces(name);
    if (Acronyms.isAcronym(n) || n.endsWith(")")) {
      return ActorNames.actor(name, glossary); // acronyms and "Name (ACR)" did not use the expansions
    }
    String key = TextFolding.foldWords(n);
    for (GlossaryEntry e : glossary.list()) {
      if (TextFolding.foldWords(e.expansion()).equals(key)) {
        return new Actor(n, java.util.Optional.of(e.acronym()), java.util.Optional.of(e.expansion()));
      }
    }
    return Actor.named(n);
  }

  private static List<String> names(Glossary glossary) {
    List<String> names = new ArrayList<>(List.of("Conseil départemental", "Associations familiales (UDAF)", "CAF", "XYZ",
        "Éducation nationale", "les communes"));
    for (GlossaryEntry e : glossary.list()) {
      names.add(e.expansion());
      names.add(e.expansion().toUpperCase(Locale.ROOT));
      names.add(" " + e.expansion().replace(' ', '\u00a0') + " ");
      names.add(e.acronym());
    }
    return names;
  }

  @Test
  void theBuiltInNamesAreMadeOnceAndFindWhatFoldingEveryExpansionFound() {
    assertThat(ActorNames.builtIn()).isSameAs(ActorNames.builtIn());
    Glossary builtIn = BuiltInGlossary.glossary();
    for (String name : names(builtIn)) {
      assertThat(ActorNames.builtIn().actor(name)).as(name).isEqualTo(reference(name, builtIn));
    }
  }

  @Test
  void aPlansOwnDefinitionsLaidOverTheBuiltInOnesWinAndNothingElseChanges() {
    Glossary plan = Glossary.of(List.of(GlossaryEntry.of("CPO", "Centre Psychothérapique de l'Orne"),
        GlossaryEntry.of("ASE", "Aide sociale à l’enfance du département"),
        GlossaryEntry.of("ZZA", BuiltInGlossary.glossary().list().get(0).expansion())));
    ActorNames over = ActorNames.builtIn().over(plan);
    Glossary merged = plan.merge(BuiltInGlossary.glossary());
    assertThat(over.glossary()).isEqualTo(merged);
    for (String name : names(merged)) {
      assertThat(over.actor(name)).as(name).isEqualTo(reference(name, merged));
    }
    assertThat(ActorNames.builtIn().over(Glossary.empty())).isSameAs(ActorNames.builtIn());
  }
}
