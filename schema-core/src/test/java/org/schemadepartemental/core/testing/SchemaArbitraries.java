package org.schemadepartemental.core.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.Approximation;
import org.schemadepartemental.core.Baseline;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.CommitteeMeeting;
import org.schemadepartemental.core.Departement;
import org.schemadepartemental.core.Departements;
import org.schemadepartemental.core.Direction;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Glossary;
import org.schemadepartemental.core.GlossaryEntry;
import org.schemadepartemental.core.Granularity;
import org.schemadepartemental.core.Ids;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.IndicatorKind;
import org.schemadepartemental.core.Lineage;
import org.schemadepartemental.core.LineageAxis;
import org.schemadepartemental.core.ListItem;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.PlanReference;
import org.schemadepartemental.core.Review;
import org.schemadepartemental.core.ReviewEntry;
import org.schemadepartemental.core.ReviewMeasurement;
import org.schemadepartemental.core.ReviewStatus;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SourceLocation;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.StatusCategory;
import org.schemadepartemental.core.StatusVocabulary;
import org.schemadepartemental.core.Target;
import org.schemadepartemental.core.TargetType;
import org.schemadepartemental.core.Territory;
import org.schemadepartemental.core.TerritoryNote;
import org.schemadepartemental.core.WorkingGroup;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.core.calendar.CalendarFormatter;
import org.schemadepartemental.core.calendar.CalendarParser;

/**
 * jqwik generators for the whole model, published in the test-jar so that the io and indicators
 * modules can state round-trip properties over the same models.
 *
 * <p>What they generate is <em>valid</em>: ids follow {@link Ids} and are unique inside a plan
 * (fiche numbers too), cross-references, lifecycles, reviews and formulas point at things that
 * exist, calendars lie within the plan period and are written as {@link CalendarFormatter} writes
 * them (so {@code parse(format(c))} is meaningful), measurements fall within the plan period or
 * the year before it. The {@code SchemaValidator} finds no error in a generated plan.
 *
 * <p>Texts are awkward on purpose: accents, quotes of every kind, commas, semicolons, {@code |},
 * tabs, markup ({@code <script>}), spreadsheet-formula starters ({@code =}, {@code +}, {@code -},
 * {@code @}) at the start, characters outside the BMP. They are never blank and carry no leading
 * or trailing whitespace (the model strips those). Titles, names and labels are on one line
 * ({@link #singleLineTexts()}); free text such as list items, notes and narratives may hold
 * line breaks ({@link #texts()}).
 *
 * <p>Sizes stay modest (at most 4 orientations of at most 4 fiches) so that 200 tries of a
 * property over {@link #schemas()} run in a few seconds.
 */
public final class SchemaArbitraries {

  /** The plan period used by the generators that are not given one. */
  public static final YearRange DEFAULT_PERIOD = new YearRange(2017, 2021);

  private static final List<String> WORDS = List.of(
      "enfance", "famille", "protection", "prévention", "accueil", "parentalité", "jeunes majeurs",
      "santé", "mineurs non accompagnés", "Éducation nationale", "assistants familiaux", "observatoire",
      "lieu de vie", "placement", "évaluation", "information préoccupante", "projet pour l'enfant",
      "accompagnement", "référent", "partenariat", "schéma", "bilan", "Conseil départemental", "ASE*",
      "MNA*", "PMI", "CRIP", "œuvre", "Œdipe", "été", "à", "où", "ça", "Maison du Département Solidarité",
      "2019", "FA 6", "S1", "n°3", "100 %", "« Autonomisation »");
  private static final List<String> AWKWARD = List.of(
      "l'enfant", "l’enfant", "« guillemets »", "\"cité\"", "'apostrophe'", "a, b", "x; y", "fin.",
      "ligne 1\nligne 2", "a|b", "|", "<script>alert(1)</script>", "<i>italique</i>", "&amp;", "1 < 2 > 0",
      "50 %", "4 149", "cf. FA 13", "Cahier N°5 - Page 12", "→", "➤", "•", "—", "…", "#titre", "*gras*",
      "_souligné_", "`code`", "[lien](x)", "{\"k\": 1}", "\\chemin\\", "col1\tcol2", "ß", "ñ", "中文",
      "Ελληνικά", "🙂", "𝔘𝔫𝔦", "x\u00a0y", "x\u202fy", "$1", "%s", "${x}", "--", "/* */", ",;", "\"\"",
      "a\r\nb".replace("\r", ""), "=", "@", "+", "-");
  private static final List<String> LEADING = List.of(
      "=SUM(A1)", "=1+1", "+33 1 23", "-1", "@cible", "=", "+", "-", "@", "- tiret", "* puce", "1. numéro",
      "# titre", "> citation", "\"", "'", ";", ",");
  private static final List<String> UNPARSABLE_CALENDARS = List.of(
      "Selon financement", "Après signature du protocole", "T0 + 6 mois", "Quand le COPIL l'aura validé",
      "Voir FA 3", "Annuel", "Tous les ans", "X", "?", "Variable selon les territoires", "Rentrée scolaire");
  private static final List<Actor> KNOWN_ACTORS = List.of(
      Actor.of("CAF", "Caisse d'allocations familiales"),
      Actor.of("PJJ", "Protection judiciaire de la jeunesse"),
      Actor.of("ARS", "Agence régionale de santé"),
      Actor.of("MDPH", "Maison départementale des personnes handicapées"),
      Actor.of("ODPE", "Observatoire départemental de la protection de l'enfance"),
      Actor.named("Éducation nationale"),
      Actor.named("Conseil départemental"),
      Actor.named("Direction Enfance, Famille"),
      new Actor("Associations « habilitées »", Optional.empty(), Optional.of("Associations, habilitées; ASE|PJJ")));

  private SchemaArbitraries() {}

  // ---------------------------------------------------------------- texts

  // Arbitraries are immutable: sharing these spares rebuilding the pools on every try.
  private static final Arbitrary<String> TEXTS = awkward(true);
  private static final Arbitrary<String> SINGLE_LINE_TEXTS = awkward(false);

  /** Awkward free text, possibly on several lines; never blank, never padded with whitespace. */
  public static Arbitrary<String> texts() {
    return TEXTS;
  }

  /** Awkward text on one line (no line break); never blank, never padded with whitespace. */
  public static Arbitrary<String> singleLineTexts() {
    return SINGLE_LINE_TEXTS;
  }

  /** Plain French words only (letters, accents, spaces, apostrophes), for what must stay simple. */
  public static Arbitrary<String> plainTexts() {
    return Arbitraries.of(WORDS).filter(w -> w.matches("[\\p{L}' ]+")).list().ofMinSize(1).ofMaxSize(5)
        .map(words -> String.join(" ", words));
  }

  private static Arbitrary<String> awkward(boolean multiLine) {
    // One pool drawn from by a single list arbitrary: cheap enough for the thousands of texts a
    // run of plans needs, and it still shrinks to the one fragment that breaks a round trip.
    List<String> pool = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      pool.addAll(WORDS);
    }
    pool.addAll(AWKWARD.stream().filter(f -> multiLine || !f.contains("\n")).toList());
    if (multiLine) {
      // Line breaks are what text formats get wrong most: make them common in free text.
      for (int i = 0; i < 6; i++) {
        pool.addAll(List.of("ligne 1\nligne 2", "fin.\n- suite", "x;\ny", "a\n\nb"));
      }
    }
    pool.addAll(LEADING);
    return Arbitraries.of(pool).list().ofMinSize(1).ofMaxSize(4).map(words -> String.join(" ", words).strip());
  }

  // ---------------------------------------------------------------- small values

  /** Where an element was read from: awkward document names, line ranges. */
  public static Arbitrary<SourceLocation> sourceLocations() {
    Arbitrary<String> names = Arbitraries.of(
        "plan.txt", "Schéma 2017-2021 (tome 2).docx", "bilan, 2012;v2.csv", "C:\\docs\\plan.md",
        "https://example.org/plan?id=1&x=2", "«plan»|final");
    return Combinators.combine(names, Arbitraries.integers().between(1, 5000), Arbitraries.integers().between(0, 40))
        .as((name, first, extra) -> new SourceLocation(name, first, first + extra));
  }

  /** Nested list items, at most two levels below the top. */
  public static Arbitrary<ListItem> listItems() {
    return listItems(2);
  }

  private static Arbitrary<ListItem> listItems(int depth) {
    if (depth == 0) {
      return texts().map(ListItem::of);
    }
    Arbitrary<List<ListItem>> children = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(List.<ListItem>of())),
        Tuple.of(1, listItems(depth - 1).list().ofMinSize(1).ofMaxSize(2)));
    return Combinators.combine(texts(), children).as(ListItem::new);
  }

  static Arbitrary<List<ListItem>> itemLists(int max) {
    return listItems().list().ofMaxSize(max);
  }

  /** Pilots and partners: the field's usual actors and odd names, with and without acronyms. */
  public static Arbitrary<Actor> actors() {
    Arbitrary<Actor> odd = Combinators.combine(
            singleLineTexts(), acronyms().optional(0.5), singleLineTexts().optional(0.5))
        .as(Actor::new);
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(KNOWN_ACTORS)),
        Tuple.of(1, singleLineTexts().map(Actor::named)),
        Tuple.of(1, odd));
  }

  /** Acronyms as plans print them: capitals, sometimes accented or with digits. */
  public static Arbitrary<String> acronyms() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(6)),
        Tuple.of(1, Arbitraries.of("ÉN", "CD62", "PE/PJJ", "C.A.F.", "AEMO-R", "MÉCS")));
  }

  /** Mostly positive decimals, whole or with two decimal places, a few negative. */
  private static Arbitrary<BigDecimal> decimals() {
    return Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.integers().between(0, 20000).map(BigDecimal::valueOf)),
        Tuple.of(3, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(2)),
        Tuple.of(1, Arbitraries.integers().between(-500, -1).map(BigDecimal::valueOf)));
  }

  static Arbitrary<BigDecimal> weights() {
    return Arbitraries.of("0", "0.5", "1", "1.25", "2", "3").map(BigDecimal::new);
  }

  /** The plans' periods: four to six years between 2005 and 2030. */
  public static Arbitrary<YearRange> yearRanges() {
    return Combinators.combine(Arbitraries.integers().between(2005, 2026), Arbitraries.integers().between(3, 5))
        .as((first, extra) -> new YearRange(first, first + extra));
  }

  /** Any département of {@link Departements}. */
  public static Arbitrary<Departement> departements() {
    return Arbitraries.of(List.copyOf(Departements.all()));
  }

  /** Dates between the first and last day of the range. */
  public static Arbitrary<LocalDate> dates(YearRange range) {
    long days = ChronoUnit.DAYS.between(range.startDate(), range.endDate());
    return Arbitraries.longs().between(0, days).map(range.startDate()::plusDays);
  }

  // ---------------------------------------------------------------- calendars

  /** Periods of every granularity within {@link #DEFAULT_PERIOD}. */
  public static Arbitrary<CalendarPeriod> periods() {
    return periods(DEFAULT_PERIOD);
  }

  /** Periods of every granularity whose year lies within the range. */
  public static Arbitrary<CalendarPeriod> periods(YearRange range) {
    return Combinators.combine(
            Arbitraries.integers().between(range.first(), range.last()),
            Arbitraries.of(Granularity.values()),
            Arbitraries.integers().between(1, 12))
        .as((year, granularity, n) -> new CalendarPeriod(year, granularity, (n - 1) % granularity.perYear() + 1));
  }

  /** Periods anywhere the model allows (1900-2200), for the period's own properties. */
  public static Arbitrary<CalendarPeriod> anyPeriods() {
    return periods(new YearRange(1900, 2200));
  }

  /** Calendars of every form within {@link #DEFAULT_PERIOD}. */
  public static Arbitrary<ActionCalendar> calendars() {
    return calendars(DEFAULT_PERIOD);
  }

  /** Calendars of every {@link CalendarForm}, dated within the range, texts as the formatter writes them. */
  public static Arbitrary<ActionCalendar> calendars(YearRange range) {
    // Weighted towards the dated forms, whose round trips have the most to get wrong.
    return Arbitraries.frequencyOf(
        Tuple.of(2, calendars(range, CalendarForm.NONE)), Tuple.of(4, calendars(range, CalendarForm.POINT)),
        Tuple.of(3, calendars(range, CalendarForm.RANGE)), Tuple.of(2, calendars(range, CalendarForm.FROM)),
        Tuple.of(2, calendars(range, CalendarForm.UNTIL)), Tuple.of(3, calendars(range, CalendarForm.GRID)),
        Tuple.of(1, calendars(range, CalendarForm.TO_BE_DEFINED)),
        Tuple.of(1, calendars(range, CalendarForm.IN_PROGRESS)),
        Tuple.of(1, calendars(range, CalendarForm.UNPARSED)));
  }

  /**
   * Calendars of one form dated within the range. Their text is {@link CalendarFormatter#format}
   * of their meaning; an {@code UNPARSED} calendar's text is one the parser cannot read.
   */
  public static Arbitrary<ActionCalendar> calendars(YearRange range, CalendarForm form) {
    Arbitrary<ActionCalendar> meaning = switch (form) {
      case NONE -> Arbitraries.just(ActionCalendar.none());
      case POINT -> Combinators.combine(periods(range), Arbitraries.of(Approximation.values()))
          .as((period, approximation) -> ActionCalendar.point("", period, approximation));
      case RANGE -> Combinators.combine(periods(range), periods(range))
          .as((a, b) -> a.compareTo(b) <= 0 ? ActionCalendar.range("", a, b) : ActionCalendar.range("", b, a));
      case FROM -> periods(range).map(p -> ActionCalendar.from("", p));
      case UNTIL -> periods(range).map(p -> ActionCalendar.until("", p));
      case GRID -> Arbitraries.subsetOf(semesters(range)).filter(s -> !s.isEmpty())
          .map(s -> ActionCalendar.grid("", s));
      case TO_BE_DEFINED, IN_PROGRESS -> Arbitraries.just(ActionCalendar.state("", form));
      case UNPARSED -> unparsableCalendarTexts().map(t -> ActionCalendar.state(t, CalendarForm.UNPARSED));
    };
    return meaning.map(c -> form == CalendarForm.UNPARSED ? c : c.withText(CalendarFormatter.format(c)));
  }

  private static List<CalendarPeriod> semesters(YearRange range) {
    return IntStream.rangeClosed(range.first(), range.last()).boxed()
        .flatMap(y -> java.util.stream.Stream.of(CalendarPeriod.semester(y, 1), CalendarPeriod.semester(y, 2)))
        .toList();
  }

  /** Calendar texts the parser reads as {@code UNPARSED}. */
  public static Arbitrary<String> unparsableCalendarTexts() {
    return Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.of(UNPARSABLE_CALENDARS)), Tuple.of(1, singleLineTexts()))
        .filter(t -> CalendarParser.standard().parse(t).form() == CalendarForm.UNPARSED);
  }

  // ---------------------------------------------------------------- indicators

  /** Baselines measured within {@link #DEFAULT_PERIOD} or the year before it. */
  public static Arbitrary<Baseline> baselines() {
    return baselines(DEFAULT_PERIOD);
  }

  /** Targets due within {@link #DEFAULT_PERIOD}. */
  public static Arbitrary<Target> targets() {
    return targets(DEFAULT_PERIOD);
  }

  /** Baselines measured within the range or the year before it. */
  public static Arbitrary<Baseline> baselines(YearRange range) {
    YearRange withYearBefore = new YearRange(range.first() - 1, range.last());
    return Combinators.combine(decimals(), periods(withYearBefore).optional(0.7), singleLineTexts().optional(0.3))
        .as(Baseline::new);
  }

  /** Targets due within the range, sometimes rates per period ("25 par an"). */
  public static Arbitrary<Target> targets(YearRange range) {
    return Combinators.combine(
            decimals(), Arbitraries.of(TargetType.values()), periods(range).optional(0.8),
            Arbitraries.of(Granularity.values()).optional(0.3), singleLineTexts().optional(0.3))
        .as(Target::new);
  }

  /** Measurements within {@link #DEFAULT_PERIOD}. */
  public static Arbitrary<Measurement> measurements() {
    return measurements(DEFAULT_PERIOD);
  }

  /** Measurements of periods within the range: values, ratios, texts, territories, sources. */
  public static Arbitrary<Measurement> measurements(YearRange range) {
    Arbitrary<Optional<BigDecimal>> value = decimals().optional(0.7);
    Arbitrary<Optional<BigDecimal>> numerator = Arbitraries.integers().between(0, 5000).map(BigDecimal::valueOf).optional(0.3);
    Arbitrary<Optional<BigDecimal>> denominator = Arbitraries.integers().between(0, 20000).map(BigDecimal::valueOf).optional(0.3);
    Arbitrary<Optional<String>> line = singleLineTexts().optional(0.2);
    Arbitrary<Measurement> withoutLocation = Combinators.combine(
            periods(range), value, numerator, denominator, line, line, texts().optional(0.2),
            singleLineTexts().optional(0.2))
        .as((period, v, num, den, territory, source, comment, text) -> {
          boolean saysSomething = v.isPresent() || num.isPresent() || den.isPresent() || text.isPresent();
          return new Measurement(period, saysSomething ? v : Optional.of(BigDecimal.ONE), num, den,
              territory, source, comment, text, Optional.empty());
        });
    return Combinators.combine(withoutLocation, sourceLocations().optional(0.2))
        .as((m, location) -> location.map(l -> m.toBuilder().location(l).build()).orElse(m));
  }

  /** Indicators with id {@code fa-1.i1} within {@link #DEFAULT_PERIOD}. */
  public static Arbitrary<Indicator> indicators() {
    return indicators(Ids.indicator("fa-1", 1), DEFAULT_PERIOD, List.of());
  }

  /**
   * Indicators with this id, dated within the range; when {@code formulaIds} is not empty some
   * are computed by a formula over those ids ({@code fa-6.i1 / fa-6.i2 * 100}).
   */
  public static Arbitrary<Indicator> indicators(String id, YearRange range, List<String> formulaIds) {
    Arbitrary<Optional<String>> formula = formulaIds.isEmpty()
        ? Arbitraries.just(Optional.empty())
        : formulas(formulaIds).optional(0.25);
    Arbitrary<Indicator> head = Combinators.combine(
            singleLineTexts(), Arbitraries.of(IndicatorKind.values()), Arbitraries.of(MeasureType.values()),
            Arbitraries.of("enfants", "%", "jours", "familles", "€", "nb").optional(0.5),
            Arbitraries.of(Direction.values()), Arbitraries.of(true, false),
            baselines(range).optional(0.5), targets(range).list().ofMaxSize(2))
        .as((label, kind, type, unit, direction, cumulative, baseline, targetList) ->
            new Indicator(id, label, kind, type, unit, direction, cumulative, baseline, targetList,
                List.of(), Optional.empty(), Optional.empty()));
    return Combinators.combine(head, measurements(range).list().ofMaxSize(3), formula, sourceLocations().optional(0.2))
        .as((indicator, measurementList, f, location) -> {
          Indicator.Builder b = indicator.toBuilder().measurements(measurementList);
          f.ifPresent(b::formula);
          location.ifPresent(b::location);
          return b.build();
        });
  }

  private static Arbitrary<String> formulas(List<String> ids) {
    return Combinators.combine(Arbitraries.of(ids), Arbitraries.of(ids), Arbitraries.of(" / ", " + ", " - "),
            Arbitraries.of("", " * 100"))
        .as((a, b, op, scale) -> a + op + b + scale);
  }

  // ---------------------------------------------------------------- fiches

  /** Sous-actions {@code fa-1.sa1} with calendars within {@link #DEFAULT_PERIOD}. */
  public static Arbitrary<SousAction> sousActions() {
    return sousActions(Ids.sousAction("fa-1", 1), DEFAULT_PERIOD);
  }

  /** A sous-action with this id and a calendar within the range. */
  public static Arbitrary<SousAction> sousActions(String id, YearRange range) {
    return Combinators.combine(singleLineTexts(), calendars(range), weights().optional(0.2), sourceLocations().optional(0.2))
        .as((title, calendar, weight, location) -> new SousAction(id, title, calendar, weight, location));
  }

  /** Fiches numbered 1 to 20 in every numbering style, alone (no cross-reference), within {@link #DEFAULT_PERIOD}. */
  public static Arbitrary<Fiche> fiches() {
    return Combinators.combine(PlanDrafts.FICHE, Arbitraries.integers().between(1, 20), numberings())
        .as((draft, n, numbering) -> PlanDrafts.fiche(draft, numbering.apply(n), DEFAULT_PERIOD));
  }

  /** How plans print fiche numbers: "6", "FA 6", "Fiche action n°6", "6 bis". */
  static Arbitrary<IntFunction<String>> numberings() {
    return Arbitraries.of(
        n -> Integer.toString(n), n -> "FA " + n, n -> "Fiche action n°" + n, n -> n + (n % 3 == 0 ? " bis" : ""));
  }

  /**
   * A fiche with this printed number, dated within the first four years of the range (which must
   * last at least four years), whose cross-references and lifecycle point at {@code otherNumbers}
   * (numbers of other fiches of the same plan, as printed).
   */
  public static Arbitrary<Fiche> fiche(String number, YearRange range, List<String> otherNumbers) {
    if (range.length() < PlanDrafts.REFERENCE.length()) {
      throw new IllegalArgumentException("the range must last at least four years, got " + range);
    }
    List<String> all = new ArrayList<>(otherNumbers);
    all.add(number);
    return PlanDrafts.FICHE.map(draft -> PlanDrafts.fiche(draft, number, range, all));
  }

  /** "fa-12-bis" → "12 bis": the number as a cross-reference prints it after "FA". */
  static String bareNumber(String ficheId) {
    return ficheId.substring("fa-".length()).replace('-', ' ');
  }

  record FicheText(
      String title, List<ListItem> diagnostic, List<ListItem> objectives, List<ListItem> operational,
      List<Actor> pilots, List<Actor> partners, List<ListItem> breakdown, List<ListItem> vigilance) {}

  // ---------------------------------------------------------------- plan structure

  /** Orientations of one to four fiches numbered from 1, within {@link #DEFAULT_PERIOD}. */
  public static Arbitrary<Orientation> orientations() {
    return Combinators.combine(PlanDrafts.ORIENTATION, numberings(), orientationCodings())
        .as((draft, numbering, coding) -> PlanDrafts.orientation(draft, coding.apply(1), numbering, DEFAULT_PERIOD));
  }

  static Arbitrary<IntFunction<String>> orientationCodings() {
    return Arbitraries.of(n -> Integer.toString(n), n -> "Axe " + n, n -> (n % 2 == 0 ? "S" : "T") + n);
  }

  /** The standard status vocabulary, sometimes extended with a plan's own status. */
  public static Arbitrary<StatusVocabulary> statusVocabularies() {
    ReviewStatus postponed = new ReviewStatus("postponed", "Reporté", List.of("Différé", "Reporté à 2014"),
        StatusCategory.ACTIVE, Optional.of(BigDecimal.TEN));
    return Arbitraries.of(StatusVocabulary.standard(), StatusVocabulary.standard().extendedWith(List.of(postponed)));
  }

  /** Glossaries of up to five entries with awkward expansions. */
  public static Arbitrary<Glossary> glossaries() {
    Arbitrary<GlossaryEntry> entry = Combinators.combine(acronyms(), singleLineTexts(), singleLineTexts().optional(0.5))
        .as(GlossaryEntry::new);
    return entry.list().ofMaxSize(5).uniqueElements(GlossaryEntry::acronym).map(Glossary::of);
  }

  /** Territories with meetings, working groups and notes on the given axes, within the range. */
  public static Arbitrary<Territory> territories(List<String> axisCodes, YearRange range) {
    Arbitrary<Optional<String>> axis = axisCodes.isEmpty()
        ? Arbitraries.just(Optional.empty())
        : Arbitraries.of(axisCodes).optional(0.8);
    Arbitrary<CommitteeMeeting> meeting = Combinators.combine(
            dates(range).optional(0.8), singleLineTexts().optional(0.5), singleLineTexts().optional(0.7),
            sourceLocations().optional(0.2))
        .as((date, dateText, place, location) -> new CommitteeMeeting(
            date, date.isEmpty() && dateText.isEmpty() ? Optional.of("courant 2012") : dateText, place, location));
    Arbitrary<WorkingGroup> group = Combinators.combine(
            singleLineTexts(), axis, singleLineTexts().optional(0.7), calendars(range), itemLists(2),
            sourceLocations().optional(0.2))
        .as(WorkingGroup::new);
    Arbitrary<TerritoryNote> note = Combinators.combine(axis, texts(), sourceLocations().optional(0.2))
        .as(TerritoryNote::new);
    return Combinators.combine(singleLineTexts(), meeting.list().ofMaxSize(2), group.list().ofMaxSize(2),
            note.list().ofMaxSize(1), sourceLocations().optional(0.2))
        .as(Territory::new);
  }

  /** Territories within {@link #DEFAULT_PERIOD}, working on axes "1" to "3". */
  public static Arbitrary<Territory> territories() {
    return territories(List.of("1", "2", "3"), DEFAULT_PERIOD);
  }

  /** A review of a previous plan's axes, numbered "Axe 1", "Axe 2"… */
  public static Arbitrary<Lineage> lineages() {
    Arbitrary<List<net.jqwik.api.Tuple.Tuple3<String, List<ListItem>, Optional<SourceLocation>>>> axes =
        Combinators.combine(singleLineTexts(), itemLists(3), sourceLocations().optional(0.2))
            .as(Tuple::of).list().ofMaxSize(4);
    return Combinators.combine(planReferences(), axes)
        .as((previous, list) -> new Lineage(previous, IntStream.range(0, list.size())
            .mapToObj(i -> new LineageAxis("Axe " + (i + 1), list.get(i).get1(), list.get(i).get2(), list.get(i).get3()))
            .toList()));
  }

  /** References to other plans. */
  public static Arbitrary<PlanReference> planReferences() {
    return Combinators.combine(yearRanges(), singleLineTexts().optional(0.6), Arbitraries.of(true, false))
        .as((period, title, withPeriod) -> new PlanReference("schema-" + period, title,
            withPeriod ? Optional.of(period) : Optional.empty()));
  }

  // ---------------------------------------------------------------- reviews

  /** Review entries about the fiches {@code fa-1} to {@code fa-3} with the standard statuses. */
  public static Arbitrary<ReviewEntry> reviewEntries() {
    List<Fiche> fiches = IntStream.rangeClosed(1, 3)
        .mapToObj(n -> Fiche.builder(Integer.toString(n), "Fiche " + n)
            .addSousAction("Sous-action", ActionCalendar.none())
            .addIndicator(Indicator.builder(Ids.indicator(Ids.fiche(Integer.toString(n)), 1), "Nombre").build())
            .build())
        .toList();
    return reviewEntries(fiches, StatusVocabulary.standard(), DEFAULT_PERIOD);
  }

  /**
   * Entries about these fiches (or their sous-actions), with statuses of the vocabulary and
   * figures of their indicators (or labelled ones) within the range.
   */
  public static Arbitrary<ReviewEntry> reviewEntries(List<Fiche> fiches, StatusVocabulary statuses, YearRange range) {
    List<String> indicatorIds = fiches.stream().flatMap(f -> f.indicators().stream()).map(Indicator::id).toList();
    List<String> codes = statuses.statuses().stream().map(ReviewStatus::code).toList();
    Arbitrary<Optional<String>> indicator = indicatorIds.isEmpty()
        ? Arbitraries.just(Optional.empty())
        : Arbitraries.of(indicatorIds).optional(0.7);
    Arbitrary<ReviewMeasurement> figure = Combinators.combine(indicator, singleLineTexts().optional(0.5), measurements(range))
        .as((id, label, m) -> new ReviewMeasurement(id, id.isEmpty() && label.isEmpty() ? Optional.of("EPP réalisés") : label, m));
    Arbitrary<Optional<String>> sousAction = Arbitraries.just(Optional.empty());
    return Arbitraries.of(fiches).flatMap(fiche -> {
      List<String> sousActionIds = fiche.sousActions().stream().map(SousAction::id).toList();
      Arbitrary<Optional<String>> sa = sousActionIds.isEmpty() ? sousAction : Arbitraries.of(sousActionIds).optional(0.4);
      return Combinators.combine(sa, singleLineTexts().optional(0.2), Arbitraries.of(codes).optional(0.8),
              Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(1).optional(0.4),
              itemLists(2), itemLists(2), figure.list().ofMaxSize(2), sourceLocations().optional(0.2))
          .as((saId, title, status, progress, narrative, perspectives, figures, location) -> new ReviewEntry(
              fiche.id(), saId, title, status, progress, narrative, perspectives, figures, location))
          .withoutEdgeCases();
    });
  }

  /** Reviews of these fiches dated within the range, with the conventional id {@code bilan-<date>}. */
  public static Arbitrary<Review> reviews(List<Fiche> fiches, StatusVocabulary statuses, YearRange range) {
    Arbitrary<List<ReviewEntry>> entries = fiches.isEmpty()
        ? Arbitraries.just(List.of())
        : reviewEntries(fiches, statuses, range).list().ofMaxSize(4);
    return Combinators.combine(dates(range), singleLineTexts().optional(0.5), singleLineTexts().optional(0.3),
            entries, itemLists(2), sourceLocations().optional(0.2))
        .as((date, title, scope, list, notes, location) ->
            new Review("bilan-" + date, date, title, scope, list, notes, location));
  }

  /** Reviews of the fiches {@code fa-1} to {@code fa-3}, within {@link #DEFAULT_PERIOD}. */
  public static Arbitrary<Review> reviews() {
    return reviewEntries().list().ofMaxSize(3).flatMap(list -> dates(DEFAULT_PERIOD).map(d -> Review.of(d, list)));
  }

  // ---------------------------------------------------------------- the plan

  /**
   * Whole plans: up to 4 orientations of up to 4 fiches, territories, reviews, glossary, lineage,
   * notes; valid (the validator reports no error) and full of awkward text. Fast: 200 plans take
   * well under a second to generate.
   */
  public static Arbitrary<Schema> schemas() {
    return PlanDrafts.SCHEMAS;
  }

  record PlanHead(
      Optional<Departement> departement, String title, boolean withPeriod, Optional<LocalDate> adoption,
      Optional<PlanReference> predecessor, Glossary glossary, Optional<Lineage> lineage,
      Optional<SourceLocation> location) {}

  /** A short description of a plan's shape, for property reports. */
  public static String describe(Schema schema) {
    return schema.orientations().stream()
        .map(o -> o.code() + ":" + o.fiches().stream().map(Fiche::id).collect(Collectors.joining(",")))
        .collect(Collectors.joining(" | "));
  }
}
