package org.schemadepartemental.core.testing;

import static org.schemadepartemental.core.testing.SchemaArbitraries.itemLists;
import static org.schemadepartemental.core.testing.SchemaArbitraries.singleLineTexts;
import static org.schemadepartemental.core.testing.SchemaArbitraries.sourceLocations;
import static org.schemadepartemental.core.testing.SchemaArbitraries.texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Baseline;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.CommitteeMeeting;
import org.schemadepartemental.core.Departement;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheLifecycle;
import org.schemadepartemental.core.FicheReference;
import org.schemadepartemental.core.FicheStatus;
import org.schemadepartemental.core.Ids;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.ListItem;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.OrientationKind;
import org.schemadepartemental.core.Review;
import org.schemadepartemental.core.ReviewEntry;
import org.schemadepartemental.core.ReviewMeasurement;
import org.schemadepartemental.core.ReviewStatus;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SourceLocation;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.StatusVocabulary;
import org.schemadepartemental.core.Target;
import org.schemadepartemental.core.Territory;
import org.schemadepartemental.core.TerritoryNote;
import org.schemadepartemental.core.VolumeReference;
import org.schemadepartemental.core.WorkingGroup;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.core.calendar.CalendarFormatter;
import org.schemadepartemental.core.testing.SchemaArbitraries.FicheText;
import org.schemadepartemental.core.testing.SchemaArbitraries.PlanHead;

/**
 * Whole plans generated as drafts, then resolved. A draft holds everything but what depends on
 * the rest of the plan: dates are in a reference period and shifted to the plan's; ids, numbers,
 * cross-references, lifecycles, review entries and formulas are indexes resolved against the
 * plan's fiches. Every arbitrary here is built once: generating a plan is a plain {@code map},
 * with no {@code flatMap} rebuilding (and jqwik hashing) generators on every try.
 */
final class PlanDrafts {

  /** Drafts are dated in these years; plans last at least as long, so a shift keeps them inside. */
  static final YearRange REFERENCE = new YearRange(2000, 2003);

  private PlanDrafts() {}

  record SousActionDraft(String title, ActionCalendar calendar, Optional<BigDecimal> weight,
      Optional<SourceLocation> location) {}

  record FormulaDraft(int left, int right, String operator, String scale) {}

  record IndicatorDraft(Indicator content, Optional<FormulaDraft> formula) {}

  record ReferenceDraft(int pick, Optional<String> context) {}

  record LifecycleDraft(FicheStatus status, List<Integer> picks, Optional<String> note) {}

  record FicheLinksDraft(List<SousActionDraft> sousActions, ActionCalendar calendar, List<IndicatorDraft> indicators,
      List<ReferenceDraft> references, List<VolumeReference> volumes, LifecycleDraft lifecycle,
      Optional<BigDecimal> weight, List<String> notes) {}

  record FicheDraft(FicheText text, FicheLinksDraft links, Optional<SourceLocation> location) {}

  record OrientationDraft(String title, OrientationKind kind, Optional<String> principle, List<FicheDraft> fiches,
      Optional<SourceLocation> location) {}

  record FigureDraft(Optional<Integer> indicatorPick, Optional<String> label, Measurement measurement) {}

  record EntryDraft(int fichePick, Optional<Integer> sousActionPick, Optional<String> title,
      Optional<Integer> statusPick, Optional<BigDecimal> progress, List<ListItem> narrative,
      List<ListItem> perspectives, List<FigureDraft> figures) {}

  record ReviewDraft(LocalDate date, Optional<String> title, Optional<String> scope, List<EntryDraft> entries,
      List<ListItem> notes, Optional<SourceLocation> location) {}

  record GroupDraft(String title, Optional<Integer> axisPick, Optional<String> pilotage, ActionCalendar deadline,
      List<ListItem> objectives, Optional<SourceLocation> location) {}

  record TerritoryDraft(String name, List<CommitteeMeeting> meetings, List<GroupDraft> groups,
      List<Tuple.Tuple3<Optional<Integer>, String, Optional<SourceLocation>>> notes,
      Optional<SourceLocation> location) {}

  record Settings(YearRange range, IntFunction<String> numbering, IntFunction<String> coding,
      StatusVocabulary statuses) {}

  record SchemaDraft(Settings settings, List<OrientationDraft> orientations, PlanHead head,
      List<TerritoryDraft> territories, List<ReviewDraft> reviews, List<ListItem> notes) {}

  // ---------------------------------------------------------------- the arbitraries, built once

  private static final Arbitrary<Optional<SourceLocation>> LOCATION = sourceLocations().optional(0.2);
  private static final Arbitrary<Integer> PICK = Arbitraries.integers().between(0, 1000);
  private static final RandomDistribution UNIFORM = RandomDistribution.uniform();

  static final Arbitrary<FicheDraft> FICHE = ficheDrafts();
  static final Arbitrary<OrientationDraft> ORIENTATION = Combinators.combine(
          singleLineTexts(), Arbitraries.of(OrientationKind.values()), texts().optional(0.5),
          FICHE.list().ofMinSize(1).ofMaxSize(4).withSizeDistribution(UNIFORM), LOCATION)
      .as(OrientationDraft::new);
  static final Arbitrary<Schema> SCHEMAS = schemaDrafts().map(PlanDrafts::resolve);

  private static Arbitrary<FicheDraft> ficheDrafts() {
    Arbitrary<FicheText> text = Combinators.combine(
            singleLineTexts(), itemLists(2), itemLists(2), itemLists(1),
            SchemaArbitraries.actors().list().ofMaxSize(2), SchemaArbitraries.actors().list().ofMaxSize(3),
            itemLists(2), itemLists(2))
        .as(FicheText::new);
    Arbitrary<SousActionDraft> sousAction = Combinators.combine(singleLineTexts(),
            SchemaArbitraries.calendars(REFERENCE), SchemaArbitraries.weights().optional(0.2), LOCATION)
        .as(SousActionDraft::new);
    Arbitrary<FormulaDraft> formula = Combinators.combine(PICK, PICK, Arbitraries.of(" / ", " + ", " - "),
            Arbitraries.of("", " * 100"))
        .as(FormulaDraft::new);
    Arbitrary<IndicatorDraft> indicator = Combinators.combine(
            SchemaArbitraries.indicators(Ids.indicator("fa-0", 1), REFERENCE, List.of()), formula.optional(0.25))
        .as(IndicatorDraft::new);
    Arbitrary<ReferenceDraft> reference = Combinators.combine(PICK, singleLineTexts().optional(0.3))
        .as(ReferenceDraft::new);
    Arbitrary<VolumeReference> volume = Combinators.combine(
            Arbitraries.integers().between(1, 9), Arbitraries.integers().between(1, 80))
        .as((cahier, page) -> new VolumeReference("Cahier N°" + cahier, Optional.of(Integer.toString(page)),
            "Cahier N°" + cahier + " - Page " + page));
    Arbitrary<LifecycleDraft> lifecycle = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(new LifecycleDraft(FicheStatus.ACTIVE, List.of(), Optional.empty()))),
        Tuple.of(3, Combinators.combine(
                Arbitraries.of(FicheStatus.ABANDONED, FicheStatus.MERGED, FicheStatus.REPLACED),
                PICK.list().ofMinSize(1).ofMaxSize(2), singleLineTexts().optional(0.5))
            .as(LifecycleDraft::new)));
    Arbitrary<FicheLinksDraft> links = Combinators.combine(
            sousAction.list().ofMaxSize(3).withSizeDistribution(UNIFORM), SchemaArbitraries.calendars(REFERENCE),
            indicator.list().ofMaxSize(3).withSizeDistribution(UNIFORM),
            reference.list().ofMaxSize(2), volume.list().ofMaxSize(1), lifecycle,
            SchemaArbitraries.weights().optional(0.2), texts().list().ofMaxSize(2))
        .as(FicheLinksDraft::new);
    return Combinators.combine(text, links, LOCATION).as(FicheDraft::new);
  }

  private static Arbitrary<SchemaDraft> schemaDrafts() {
    Arbitrary<Settings> settings = Combinators.combine(SchemaArbitraries.yearRanges(),
            SchemaArbitraries.numberings(), SchemaArbitraries.orientationCodings(),
            SchemaArbitraries.statusVocabularies())
        .as(Settings::new);
    Arbitrary<PlanHead> head = Combinators.combine(
            SchemaArbitraries.departements().optional(0.8), singleLineTexts(),
            Arbitraries.of(true, true, true, true, false),
            SchemaArbitraries.dates(new YearRange(REFERENCE.first() - 1, REFERENCE.first())).optional(0.6),
            SchemaArbitraries.planReferences().optional(0.4), SchemaArbitraries.glossaries(),
            SchemaArbitraries.lineages().optional(0.3), LOCATION)
        .as(PlanHead::new);
    Arbitrary<FigureDraft> figure = Combinators.combine(PICK.optional(0.7), singleLineTexts().optional(0.5),
            SchemaArbitraries.measurements(REFERENCE))
        .as(FigureDraft::new);
    Arbitrary<EntryDraft> entry = Combinators.combine(PICK, PICK.optional(0.4), singleLineTexts().optional(0.2),
            PICK.optional(0.8),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(1).optional(0.4),
            itemLists(2), itemLists(2), figure.list().ofMaxSize(2).withSizeDistribution(UNIFORM))
        .as(EntryDraft::new);
    Arbitrary<ReviewDraft> review = Combinators.combine(SchemaArbitraries.dates(REFERENCE),
            singleLineTexts().optional(0.5), singleLineTexts().optional(0.3),
            entry.list().ofMaxSize(4).withSizeDistribution(UNIFORM),
            itemLists(2), LOCATION)
        .as(ReviewDraft::new);
    Arbitrary<CommitteeMeeting> meeting = Combinators.combine(
            SchemaArbitraries.dates(REFERENCE).optional(0.8), singleLineTexts().optional(0.5),
            singleLineTexts().optional(0.7), LOCATION)
        .as((date, dateText, place, location) -> new CommitteeMeeting(
            date, date.isEmpty() && dateText.isEmpty() ? Optional.of("courant 2012") : dateText, place, location));
    Arbitrary<GroupDraft> group = Combinators.combine(singleLineTexts(), PICK.optional(0.8),
            singleLineTexts().optional(0.7), SchemaArbitraries.calendars(REFERENCE), itemLists(2), LOCATION)
        .as(GroupDraft::new);
    Arbitrary<Tuple.Tuple3<Optional<Integer>, String, Optional<SourceLocation>>> note =
        Combinators.combine(PICK.optional(0.8), texts(), LOCATION).as(Tuple::of);
    Arbitrary<TerritoryDraft> territory = Combinators.combine(singleLineTexts(), meeting.list().ofMaxSize(2),
            group.list().ofMaxSize(2), note.list().ofMaxSize(1), LOCATION)
        .as(TerritoryDraft::new);
    // Mostly plans with fiches; now and then an empty one, which formats must take too.
    Arbitrary<List<OrientationDraft>> orientations = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(List.<OrientationDraft>of())),
        Tuple.of(9, ORIENTATION.list().ofMinSize(1).ofMaxSize(4).withSizeDistribution(UNIFORM)));
    return Combinators.combine(settings, orientations, head,
            territory.list().ofMaxSize(2).withSizeDistribution(UNIFORM),
            review.list().ofMaxSize(2).withSizeDistribution(UNIFORM), itemLists(2))
        .as(SchemaDraft::new);
  }

  // ---------------------------------------------------------------- resolution

  /** The plan a draft stands for. */
  static Schema resolve(SchemaDraft draft) {
    YearRange range = draft.settings().range();
    Shift shift = new Shift(range.first() - REFERENCE.first());
    List<String> codes = IntStream.rangeClosed(1, draft.orientations().size())
        .mapToObj(draft.settings().coding()::apply).toList();
    // Numbers run on across orientations, as in the plans: fiche numbers are unique in the plan.
    List<List<String>> numbers = new ArrayList<>();
    int next = 1;
    for (OrientationDraft o : draft.orientations()) {
      List<String> these = new ArrayList<>();
      for (int f = 0; f < o.fiches().size(); f++) {
        these.add(draft.settings().numbering().apply(next++));
      }
      numbers.add(these);
    }
    List<String> allNumbers = numbers.stream().flatMap(List::stream).toList();
    List<Orientation> orientations = new ArrayList<>();
    for (int o = 0; o < codes.size(); o++) {
      OrientationDraft d = draft.orientations().get(o);
      List<Fiche> fiches = new ArrayList<>();
      for (int f = 0; f < d.fiches().size(); f++) {
        fiches.add(fiche(d.fiches().get(f), numbers.get(o).get(f), allNumbers, shift));
      }
      orientations.add(new Orientation(codes.get(o), d.title(), d.kind(), d.principle(), fiches, d.location()));
    }
    List<Fiche> fiches = orientations.stream().flatMap(o -> o.fiches().stream()).toList();
    StatusVocabulary statuses = draft.settings().statuses();
    Map<String, Review> reviews = new LinkedHashMap<>();
    for (ReviewDraft r : draft.reviews()) {
      Review review = review(r, fiches, statuses, shift);
      reviews.putIfAbsent(review.id(), review); // one review per date: ids stay unique
    }
    List<Territory> territories = draft.territories().stream().map(t -> territory(t, codes, shift)).toList();
    PlanHead h = draft.head();
    String place = h.departement().map(Departement::name).orElse("departement");
    return new Schema(Ids.slug(place + "-" + range), h.title(), h.departement(),
        h.withPeriod() ? Optional.of(range) : Optional.empty(), h.adoption().map(shift::date), h.predecessor(),
        orientations, h.glossary(), territories, List.copyOf(reviews.values()), h.lineage(), statuses,
        draft.notes(), h.location());
  }

  /** A single fiche with this number, dated in {@code range}, with no other fiche to refer to. */
  static Fiche fiche(FicheDraft draft, String number, YearRange range) {
    return fiche(draft, number, range, List.of(number));
  }

  /** A fiche with this number, dated in {@code range}, referring to the other fiches of {@code allNumbers}. */
  static Fiche fiche(FicheDraft draft, String number, YearRange range, List<String> allNumbers) {
    return fiche(draft, number, allNumbers, new Shift(range.first() - REFERENCE.first()));
  }

  /** A single orientation with this code and fiches numbered from 1, dated in {@code range}. */
  static Orientation orientation(OrientationDraft draft, String code, IntFunction<String> numbering, YearRange range) {
    Shift shift = new Shift(range.first() - REFERENCE.first());
    List<String> numbers = IntStream.rangeClosed(1, draft.fiches().size()).mapToObj(numbering::apply).toList();
    List<Fiche> fiches = IntStream.range(0, numbers.size())
        .mapToObj(i -> fiche(draft.fiches().get(i), numbers.get(i), numbers, shift)).toList();
    return new Orientation(code, draft.title(), draft.kind(), draft.principle(), fiches, draft.location());
  }

  private static Fiche fiche(FicheDraft draft, String number, List<String> allNumbers, Shift shift) {
    String id = Ids.fiche(number);
    List<String> others = allNumbers.stream().filter(n -> !Ids.fiche(n).equals(id)).toList();
    FicheLinksDraft l = draft.links();
    List<SousAction> sousActions = new ArrayList<>();
    for (int i = 0; i < l.sousActions().size(); i++) {
      SousActionDraft s = l.sousActions().get(i);
      sousActions.add(new SousAction(Ids.sousAction(id, i + 1), s.title(), shift.calendar(s.calendar()), s.weight(),
          s.location()));
    }
    List<Indicator> indicators = new ArrayList<>();
    for (int i = 0; i < l.indicators().size(); i++) {
      IndicatorDraft d = l.indicators().get(i);
      Indicator.Builder b = shift.indicator(d.content()).toBuilder().id(Ids.indicator(id, i + 1));
      if (i > 0 && d.formula().isPresent()) {
        // Formulas use the fiche's earlier indicators only, so they never refer to themselves.
        FormulaDraft f = d.formula().get();
        b.formula(Ids.indicator(id, 1 + f.left() % i) + f.operator() + Ids.indicator(id, 1 + f.right() % i)
            + f.scale());
      }
      indicators.add(b.build());
    }
    List<FicheReference> references = others.isEmpty()
        ? List.of()
        : l.references().stream().map(r -> new FicheReference(
            SchemaArbitraries.bareNumber(Ids.fiche(others.get(r.pick() % others.size()))), r.context())).toList();
    FicheText t = draft.text();
    return new Fiche(id, number, t.title(), t.diagnostic(), t.objectives(), t.operational(), t.pilots(),
        t.partners(), t.breakdown(), sousActions, shift.calendar(l.calendar()), indicators, t.vigilance(),
        references, l.volumes(), lifecycle(l.lifecycle(), others), l.weight(), l.notes(), draft.location());
  }

  private static FicheLifecycle lifecycle(LifecycleDraft d, List<String> otherNumbers) {
    if (d.status() == FicheStatus.ACTIVE || d.status() == FicheStatus.ABANDONED) {
      return new FicheLifecycle(d.status(), List.of(), d.note());
    }
    if (otherNumbers.isEmpty()) {
      return new FicheLifecycle(FicheStatus.ABANDONED, List.of(), d.note());
    }
    LinkedHashSet<String> related = new LinkedHashSet<>();
    for (int pick : d.picks()) {
      related.add(Ids.fiche(otherNumbers.get(pick % otherNumbers.size())));
    }
    List<String> ids = d.status() == FicheStatus.REPLACED ? List.of(related.iterator().next()) : List.copyOf(related);
    return new FicheLifecycle(d.status(), ids, d.note());
  }

  private static Review review(ReviewDraft d, List<Fiche> fiches, StatusVocabulary statuses, Shift shift) {
    List<String> indicatorIds = fiches.stream().flatMap(f -> f.indicators().stream()).map(Indicator::id).toList();
    List<String> codes = statuses.statuses().stream().map(ReviewStatus::code).toList();
    List<ReviewEntry> entries = new ArrayList<>();
    if (!fiches.isEmpty()) {
      for (EntryDraft e : d.entries()) {
        Fiche fiche = fiches.get(e.fichePick() % fiches.size());
        Optional<String> sousAction = fiche.sousActions().isEmpty()
            ? Optional.empty()
            : e.sousActionPick().map(p -> fiche.sousActions().get(p % fiche.sousActions().size()).id());
        List<ReviewMeasurement> figures = new ArrayList<>();
        for (FigureDraft f : e.figures()) {
          Optional<String> indicatorId = indicatorIds.isEmpty()
              ? Optional.empty()
              : f.indicatorPick().map(p -> indicatorIds.get(p % indicatorIds.size()));
          Optional<String> label = indicatorId.isEmpty() && f.label().isEmpty() ? Optional.of("EPP réalisés") : f.label();
          figures.add(new ReviewMeasurement(indicatorId, label, shift.measurement(f.measurement())));
        }
        entries.add(new ReviewEntry(fiche.id(), sousAction, e.title(), e.statusPick().map(p -> codes.get(p % codes.size())),
            e.progress(), e.narrative(), e.perspectives(), figures, Optional.empty()));
      }
    }
    LocalDate date = shift.date(d.date());
    return new Review("bilan-" + date, date, d.title(), d.scope(), entries, d.notes(), d.location());
  }

  private static Territory territory(TerritoryDraft d, List<String> codes, Shift shift) {
    List<WorkingGroup> groups = d.groups().stream().map(g -> new WorkingGroup(g.title(), axis(g.axisPick(), codes),
        g.pilotage(), shift.calendar(g.deadline()), g.objectives(), g.location())).toList();
    List<TerritoryNote> notes = d.notes().stream()
        .map(n -> new TerritoryNote(axis(n.get1(), codes), n.get2(), n.get3())).toList();
    List<CommitteeMeeting> meetings = d.meetings().stream().map(m -> new CommitteeMeeting(m.date().map(shift::date),
        m.dateText(), m.place(), m.location())).toList();
    return new Territory(d.name(), meetings, groups, notes, d.location());
  }

  private static Optional<String> axis(Optional<Integer> pick, List<String> codes) {
    return codes.isEmpty() ? Optional.empty() : pick.map(p -> codes.get(p % codes.size()));
  }

  /** Moves what a draft dates from the reference period to the plan's, and rewrites calendar texts. */
  record Shift(int years) {

    CalendarPeriod period(CalendarPeriod p) {
      return new CalendarPeriod(p.year() + years, p.granularity(), p.index());
    }

    LocalDate date(LocalDate d) {
      return d.plusYears(years);
    }

    ActionCalendar calendar(ActionCalendar c) {
      ActionCalendar moved = switch (c.form()) {
        case POINT -> ActionCalendar.point("", period(c.start().get()), c.approximation());
        case RANGE -> ActionCalendar.range("", period(c.start().get()), period(c.end().get()));
        case FROM -> ActionCalendar.from("", period(c.start().get()));
        case UNTIL -> ActionCalendar.until("", period(c.end().get()));
        case GRID -> ActionCalendar.grid("", c.semesters().stream().map(this::period).toList());
        default -> c;
      };
      return moved == c ? c : moved.withText(CalendarFormatter.format(moved));
    }

    Measurement measurement(Measurement m) {
      return new Measurement(period(m.period()), m.value(), m.numerator(), m.denominator(), m.territory(),
          m.source(), m.comment(), m.text(), m.location());
    }

    Indicator indicator(Indicator i) {
      return i.toBuilder()
          .baseline(i.baseline().map(b -> new Baseline(b.value(), b.period().map(this::period), b.text())).orElse(null))
          .targets(i.targets().stream().map(t -> new Target(t.value(), t.type(), t.due().map(this::period), t.per(),
              t.text())).toList())
          .measurements(i.measurements().stream().map(this::measurement).toList())
          .build();
    }
  }
}
