package fr.pasdecalais.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheLifecycle;
import org.schemadepartemental.core.Glossary;
import org.schemadepartemental.core.Granularity;
import org.schemadepartemental.core.Ids;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.ListItem;
import org.schemadepartemental.core.ReviewEntry;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.Target;
import org.schemadepartemental.core.TargetType;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.calendar.CalendarParser;
import org.schemadepartemental.core.text.FrenchNumbers;
import org.schemadepartemental.io.spi.support.ActorNames;
import org.schemadepartemental.io.spi.support.DocumentContext;
import org.schemadepartemental.io.spi.support.IndicatorTexts;
import org.schemadepartemental.io.spi.support.LabelVocabulary;
import org.schemadepartemental.io.spi.support.TextFolding;

/**
 * A "Nouvelle fiche": a fiche written in the review to replace the one reviewed just before,
 * with the sections of a plan's fiche: "Objectifs généraux", "Objectifs opérationnels",
 * "Modalités de l'action à mener", "Contexte", "Pilote", "Opérateurs et partenaires",
 * "Echéanciers de la réalisation" (sous-actions, each with the calendar it starts with),
 * "Délai de mise en œuvre" and "Indicateurs". A target stated in its text ("réaliser
 * annuellement dans un délai de 3 ans 25 adoptions par an") goes to the indicator that counts
 * what it names. The fiche ends at the first line after its sections that is no bullet.
 */
final class NewFiche {

  /** The sections of a new fiche. */
  enum Part { GENERAL_OBJECTIVES, OPERATIONAL_OBJECTIVES, BREAKDOWN, CONTEXT, PILOT, PARTNERS, SCHEDULE, DELAY, INDICATORS }

  static final LabelVocabulary<Part> LABELS = LabelVocabulary.<Part>builder()
      .add(Part.GENERAL_OBJECTIVES, "objectifs generaux", "objectifs")
      .add(Part.OPERATIONAL_OBJECTIVES, "objectifs operationnels")
      .add(Part.BREAKDOWN, "modalites de l action a mener", "modalites", "declinaison operationnelle")
      .add(Part.CONTEXT, "contexte", "elements de diagnostic")
      .add(Part.PILOT, "pilote", "pilotes", "pilotage")
      .add(Part.PARTNERS, "operateurs et partenaires", "partenaires", "partenaires associes")
      .add(Part.SCHEDULE, "echeanciers de la realisation", "echeancier", "calendrier previsionnel")
      .add(Part.DELAY, "delai de mise en oeuvre", "calendrier de mise en oeuvre")
      .add(Part.INDICATORS, "indicateurs", "indicateurs de suivi")
      .build();

  /** "dans un délai de 3 ans 25 adoptions par an". */
  private static final Pattern TARGET_DELAY_FIRST = Pattern.compile(
      "(?iu)d[ée]lai\\s+de\\s+(\\d+)\\s+ans?\\s+(\\d+(?:[.,]\\d+)?)\\s+([\\p{L}'’-]+)\\s+par\\s+(an|ann[ée]e|mois)\\b");
  /** "25 adoptions par an dans un délai de 3 ans". */
  private static final Pattern TARGET_VALUE_FIRST = Pattern.compile(
      "(?iu)(\\d+(?:[.,]\\d+)?)\\s+([\\p{L}'’-]+)\\s+par\\s+(an|ann[ée]e|mois)\\s+(?:dans|sous)\\s+un\\s+d[ée]lai\\s+de\\s+(\\d+)\\s+ans?");

  private final ReviewDraft draft;
  private final DocumentContext ctx;
  private final FrontMatter.Noise noise;
  private final Glossary glossary;
  private final Optional<Integer> baseYear;

  /**
   * A reader of new fiches; {@code baseYear} is the year targets "dans un délai de N ans" count
   * from (the review's), when known.
   */
  NewFiche(ReviewDraft draft, FrontMatter.Noise noise, Glossary glossary, Optional<Integer> baseYear) {
    this.draft = draft;
    this.ctx = draft.context;
    this.noise = noise;
    this.glossary = glossary;
    this.baseYear = baseYear;
  }

  /**
   * Reads the new fiche from {@code from} to at most {@code to}, marks the fiches it replaces and
   * their review entry, and returns the first line after it.
   */
  int read(Fiche.Builder fiche, int from, int to, List<Fiche.Builder> replaced, Optional<ReviewEntry.Builder> replacedEntry) {
    Map<Part, ItemTree> parts = new EnumMap<>(Part.class);
    List<String> pilot = new ArrayList<>();
    Part part = null;
    int end = to + 1;
    int last = from;
    for (int n = from; n <= to; n++) {
      ctx.at(n);
      String text = ctx.document().line(n).text();
      String s = ReviewText.clean(text);
      if (s.isEmpty() || noise.skip(n)) {
        continue;
      }
      Optional<LabelledLine<Part>> label = LabelledLine.of(LABELS, s).filter(l -> l.content().isEmpty() || s.contains(":"));
      if (label.isPresent()) {
        part = label.get().key();
        ctx.placement().placed(n);
        last = n;
        if (!label.get().content().isEmpty()) {
          add(parts, pilot, part, label.get().content());
        }
        continue;
      }
      if (part == null) {
        fiche.addNote(s);
        ctx.placement().placed(n);
        last = n;
        continue;
      }
      ItemTree tree = parts.get(part);
      boolean ends = part != Part.PILOT && !ReviewText.isBullet(s) && tree != null && !tree.isEmpty()
          && !Character.isLowerCase(s.charAt(0));
      if (ends) {
        end = n;
        break;
      }
      ctx.placement().placed(n);
      last = n;
      add(parts, pilot, part, text);
    }
    build(fiche, parts, pilot);
    fiche.location(draft.location(Math.min(from - 1, last), last));
    String id = fiche.id();
    for (Fiche.Builder old : replaced) {
      old.lifecycle(FicheLifecycle.replacedBy(id, "Nouvelle fiche"));
    }
    replacedEntry.ifPresent(e -> e.status("replaced"));
    if (replaced.isEmpty()) {
      ctx.warn("pas-de-calais.new-fiche", from - 1, "a 'Nouvelle fiche' with no fiche reviewed before it to replace");
    }
    return end;
  }

  private static void add(Map<Part, ItemTree> parts, List<String> pilot, Part part, String text) {
    if (part == Part.PILOT) {
      pilot.add(ReviewText.bulletText(text).orElse(ReviewText.clean(text)));
    } else {
      parts.computeIfAbsent(part, p -> new ItemTree()).add(text);
    }
  }

  private void build(Fiche.Builder fiche, Map<Part, ItemTree> parts, List<String> pilot) {
    fiche.objectives(items(parts, Part.GENERAL_OBJECTIVES));
    fiche.operationalObjectives(items(parts, Part.OPERATIONAL_OBJECTIVES));
    fiche.breakdown(items(parts, Part.BREAKDOWN));
    fiche.diagnostic(items(parts, Part.CONTEXT));
    if (!pilot.isEmpty()) {
      fiche.pilots(ActorNames.actors(String.join(" ", pilot), glossary));
    }
    for (ListItem partner : items(parts, Part.PARTNERS)) {
      fiche.addPartner(ActorNames.actor(partner.text(), glossary));
    }
    String ficheId = fiche.id();
    List<ListItem> schedule = items(parts, Part.SCHEDULE);
    List<SousAction> sousActions = new ArrayList<>();
    for (ListItem step : schedule) {
      sousActions.add(sousAction(Ids.sousAction(ficheId, sousActions.size() + 1), step.text()));
    }
    fiche.sousActions(sousActions);
    List<ListItem> delay = items(parts, Part.DELAY);
    if (!delay.isEmpty()) {
      fiche.calendar(CalendarParser.standard().parse(String.join(" ", delay.stream().map(ListItem::text).toList())));
    }
    List<Indicator.Builder> indicators = new ArrayList<>();
    for (ListItem item : items(parts, Part.INDICATORS)) {
      String label = item.text();
      indicators.add(Indicator.builder(Ids.indicator(ficheId, indicators.size() + 1), label)
          .measureType(IndicatorTexts.measureType(label))
          .direction(IndicatorTexts.direction(label)));
    }
    attachTarget(fiche, indicators);
    fiche.indicators(indicators.stream().map(Indicator.Builder::build).toList());
  }

  private static List<ListItem> items(Map<Part, ItemTree> parts, Part part) {
    ItemTree tree = parts.get(part);
    return tree == null ? List.of() : tree.items();
  }

  /** "Début 2013 recrutement d'un psychologue": the calendar it starts with, the rest as title. */
  static SousAction sousAction(String id, String text) {
    String[] words = text.split(" ");
    for (int k = Math.min(6, words.length - 1); k >= 1; k--) {
      String prefix = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
      ActionCalendar calendar = CalendarParser.standard().parse(prefix);
      if (calendar.isDated()) {
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)).strip();
        return SousAction.of(id, rest.isEmpty() ? text : rest, calendar);
      }
    }
    return SousAction.of(id, text, ActionCalendar.none());
  }

  /** The target the fiche's text states, on the indicator counting what it names. */
  private void attachTarget(Fiche.Builder fiche, List<Indicator.Builder> indicators) {
    Fiche draftFiche = fiche.build();
    List<String> texts = new ArrayList<>(draftFiche.notes());
    for (List<ListItem> list : List.of(draftFiche.diagnostic(), draftFiche.objectives(), draftFiche.operationalObjectives(),
        draftFiche.breakdown())) {
      list.forEach(item -> texts.addAll(item.flatten()));
    }
    for (String text : texts) {
      Optional<Target> target = Optional.empty();
      String noun = null;
      Matcher m = TARGET_DELAY_FIRST.matcher(text);
      if (m.find()) {
        target = target(text, m, m.group(2), m.group(4), m.group(1));
        noun = m.group(3);
      } else {
        m = TARGET_VALUE_FIRST.matcher(text);
        if (m.find()) {
          target = target(text, m, m.group(1), m.group(3), m.group(4));
          noun = m.group(2);
        }
      }
      if (target.isEmpty()) {
        continue;
      }
      String stem = TextFolding.foldWords(noun).replaceAll("s$", "");
      Optional<Indicator.Builder> measured = indicators.stream()
          .filter(i -> TextFolding.foldWords(i.build().label()).contains(stem)).findFirst();
      if (measured.isPresent()) {
        measured.get().addTarget(target.get());
      } else {
        ctx.warn("pas-de-calais.target", ctx.currentLine(), "target '" + target.get().text().orElse("")
            + "' names '" + noun + "', which no indicator of the new fiche counts; kept in the text only");
      }
    }
  }

  private Optional<Target> target(String text, Matcher m, String value, String per, String years) {
    Optional<BigDecimal> v = FrenchNumbers.parse(value);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    Granularity granularity = TextFolding.fold(per).startsWith("mois") ? Granularity.MONTH : Granularity.YEAR;
    int within = Math.min(50, Integer.parseInt(years));
    return Optional.of(new Target(v.get(), TargetType.FINAL, baseYear.map(y -> CalendarPeriod.year(y + within)),
        Optional.of(granularity), Optional.of(sentence(text, m.start(), m.end()))));
  }

  /** The sentence of {@code text} holding {@code [start, end)}. */
  private static String sentence(String text, int start, int end) {
    int from = text.lastIndexOf(". ", start);
    int to = text.indexOf('.', end);
    return text.substring(from < 0 ? 0 : from + 2, to < 0 ? text.length() : to + 1).strip();
  }
}
