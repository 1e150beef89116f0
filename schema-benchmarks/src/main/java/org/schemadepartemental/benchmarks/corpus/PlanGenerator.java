package org.schemadepartemental.benchmarks.corpus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Baseline;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.CommitteeMeeting;
import org.schemadepartemental.core.Departement;
import org.schemadepartemental.core.Direction;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheLifecycle;
import org.schemadepartemental.core.FicheReference;
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
import org.schemadepartemental.core.OrientationKind;
import org.schemadepartemental.core.PlanReference;
import org.schemadepartemental.core.Review;
import org.schemadepartemental.core.ReviewEntry;
import org.schemadepartemental.core.ReviewMeasurement;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.StatusVocabulary;
import org.schemadepartemental.core.Target;
import org.schemadepartemental.core.TargetType;
import org.schemadepartemental.core.Territory;
import org.schemadepartemental.core.TerritoryNote;
import org.schemadepartemental.core.VolumeReference;
import org.schemadepartemental.core.WorkingGroup;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.core.calendar.CalendarParser;

/**
 * Generates one département's plan, shaped like the samples: 4 to 8 orientations, 40 to 80
 * fiches, 3 to 8 sous-actions per fiche with their calendars (semester grids, ranges, "Démarrage
 * en", quarters, states), 4 to 10 indicators per fiche (counts, percentages, ratios, milestones,
 * a few formulas) with baselines, targets and 5 to 10 years of measurements (some per
 * semester or quarter, some per territory), territories with committees and working groups,
 * one to three annual reviews, a glossary and, for some, the lineage of the previous plan.
 *
 * <p>A plan is a pure function of (seed, département): each département draws from its own
 * random stream, so that the first 10 plans of the corpus are the same whether 10 or 101 are
 * generated. Measurement years end with the plan's last year; when a series is longer than the
 * plan (the 5-year plans keep up to 10 years), its first years are the history carried over
 * from the previous plan.
 */
final class PlanGenerator {

  private static final List<String> REVIEW_STATUSES = List.of(StatusVocabulary.DONE, StatusVocabulary.IN_PROGRESS,
      StatusVocabulary.IN_PROGRESS, StatusVocabulary.PLANNED, StatusVocabulary.LATE, StatusVocabulary.PAUSED);

  private final SplittableRandom random;
  private final Departement departement;
  private final CalendarParser calendars = CalendarParser.standard();
  private int firstYear;
  private int lastYear;
  private List<String> territoryNames = List.of();

  private PlanGenerator(long seed, Departement departement) {
    // One stream per département, independent of the others.
    this.random = new SplittableRandom(seed * 1_000_003L + departement.code().hashCode());
    this.departement = departement;
  }

  /** The plan of this département for this seed. */
  static Schema plan(long seed, Departement departement) {
    return new PlanGenerator(seed, departement).plan();
  }

  private Schema plan() {
    firstYear = 2014 + random.nextInt(8);
    lastYear = firstYear + 4;
    String period = firstYear + "-" + lastYear;
    territoryNames = Phrases.territories(random, between(4, 8));
    Schema.Builder plan = Schema.builder(
            Ids.slug(departement.name()) + "-" + period,
            "Schéma départemental de prévention et de protection de l'enfance " + departement.name() + " " + period)
        .departement(departement)
        .period(new YearRange(firstYear, lastYear))
        .adoptionDate(LocalDate.of(firstYear - 1, 12, 1 + random.nextInt(20)))
        .predecessor(new PlanReference(Ids.slug(departement.name()) + "-" + (firstYear - 5) + "-" + (firstYear - 1),
            Optional.of("Schéma départemental de l'enfance et de la famille " + (firstYear - 5) + "-" + (firstYear - 1)),
            Optional.of(new YearRange(firstYear - 5, firstYear - 1))))
        .orientations(orientations())
        .glossary(glossary())
        .territories(territoryNames.stream().map(this::territory).toList())
        .addNote(ListItem.of("Le présent schéma a été élaboré avec l'ensemble des partenaires de la protection de"
            + " l'enfance du département " + departement.name() + "."));
    Schema draft = plan.build();
    plan.reviews(reviews(draft.fiches()));
    if (random.nextBoolean()) {
      plan.lineage(lineage(draft.predecessor().orElseThrow()));
    }
    return plan.build();
  }

  // ------------------------------------------------------------------------------ orientations

  private List<Orientation> orientations() {
    int orientationCount = between(4, 8);
    int ficheCount = between(40, 80);
    int[] perOrientation = split(ficheCount, orientationCount);
    int transversal = random.nextInt(3);
    List<Orientation> orientations = new ArrayList<>();
    int number = 0;
    for (int o = 0; o < orientationCount; o++) {
      List<Fiche> fiches = new ArrayList<>();
      for (int f = 0; f < perOrientation[o]; f++) {
        number++;
        fiches.add(fiche(Integer.toString(number), ficheCount));
      }
      Orientation.Builder b = Orientation.builder(Integer.toString(o + 1), Phrases.title(random))
          .kind(o < transversal ? OrientationKind.TRANSVERSAL : OrientationKind.STRATEGIC)
          .fiches(fiches);
      if (random.nextInt(3) > 0) {
        b.principle(Phrases.sentence(random));
      }
      orientations.add(b.build());
    }
    return orientations;
  }

  /** {@code total} cut into {@code parts} parts of at least 3 each, at random. */
  private int[] split(int total, int parts) {
    int[] counts = new int[parts];
    java.util.Arrays.fill(counts, 3);
    for (int i = 3 * parts; i < total; i++) {
      counts[random.nextInt(parts)]++;
    }
    return counts;
  }

  private Fiche fiche(String number, int ficheCount) {
    Fiche.Builder b = Fiche.builder(number, Phrases.title(random));
    String id = b.id();
    for (int i = between(1, 3); i > 0; i--) {
      b.addDiagnostic(ListItem.of(Phrases.diagnostic(random)));
    }
    for (int i = between(2, 4); i > 0; i--) {
      b.addObjective(ListItem.of(Phrases.title(random)));
    }
    if (random.nextInt(4) == 0) {
      for (int i = between(1, 3); i > 0; i--) {
        b.addOperationalObjective(ListItem.of(Phrases.title(random)));
      }
    }
    b.addPilot(Phrases.actor(random));
    if (random.nextInt(3) == 0) {
      b.addPilot(Phrases.actor(random));
    }
    for (int i = between(2, 5); i > 0; i--) {
      b.addPartner(Phrases.actor(random));
    }
    for (int i = between(2, 4); i > 0; i--) {
      b.addBreakdown(ListItem.of(Phrases.title(random),
          ListItem.of(Phrases.sentence(random)), ListItem.of(Phrases.sentence(random))));
    }
    for (int i = between(3, 8); i > 0; i--) {
      b.addSousAction(Phrases.title(random), calendar());
    }
    b.calendar(calendar());
    int indicatorCount = 4 + (int) Math.floor(7 * Math.sqrt(random.nextDouble()));
    for (int i = 1; i <= indicatorCount; i++) {
      b.addIndicator(indicator(Ids.indicator(id, i), id, i));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addVigilance(ListItem.of(Phrases.vigilance(random)));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addCrossReference(FicheReference.to(Integer.toString(between(1, ficheCount))));
    }
    if (random.nextInt(3) == 0) {
      int page = between(3, 60);
      b.addVolumeReference(new VolumeReference("Cahier N°5", Optional.of(Integer.toString(page)),
          "Cahier N°5 - Page " + page));
    }
    int n = Integer.parseInt(number);
    if (random.nextInt(40) == 0 && n < ficheCount) {
      b.lifecycle(FicheLifecycle.mergedWith(List.of(Ids.fiche(Integer.toString(n + 1))), "2 fiches regroupées"));
    }
    return b.build();
  }

  /** A calendar as the plans print it, read by the same parser as the importers. */
  private ActionCalendar calendar() {
    int year = between(firstYear, lastYear);
    String text = switch (random.nextInt(10)) {
      case 0, 1, 2 -> grid();
      case 3, 4 -> "Démarrage en " + year;
      case 5, 6 -> year + "-" + Math.min(lastYear, year + between(1, 2));
      case 7 -> between(1, 2) == 1 ? "1er semestre " + year : "2ème semestre " + year;
      case 8 -> between(1, 4) == 1 ? "1er trimestre " + year : between(2, 4) + "ème trimestre " + year;
      default -> random.nextBoolean() ? "En cours" : "A définir";
    };
    return calendars.parse(text);
  }

  /** "2018-S2, 2019-S1, 2019-S2": the X marks of a semester grid. */
  private String grid() {
    int first = between(0, 2 * (lastYear - firstYear));
    int length = between(1, 6);
    List<String> marks = new ArrayList<>();
    for (int s = first; s < first + length && s < 2 * (lastYear - firstYear + 1); s++) {
      marks.add(CalendarPeriod.semester(firstYear + s / 2, s % 2 + 1).toString());
    }
    return String.join(", ", marks);
  }

  // -------------------------------------------------------------------------------- indicators

  private Indicator indicator(String id, String ficheId, int index) {
    int kind = random.nextInt(100);
    if (kind < 3 && index > 2) {
      // Defined by its fiche's first two indicators, as plans define composite figures.
      return Indicator.builder(id, "Moyenne des deux premiers indicateurs de la fiche")
          .kind(IndicatorKind.OUTCOME).measureType(MeasureType.COUNT).direction(Direction.INCREASE)
          .formula("(" + Ids.indicator(ficheId, 1) + " + " + Ids.indicator(ficheId, 2) + ") / 2")
          .build();
    }
    MeasureType type = kind < 55 ? MeasureType.COUNT : kind < 78 ? MeasureType.PERCENTAGE
        : kind < 94 ? MeasureType.RATIO : kind < 97 ? MeasureType.MILESTONE : MeasureType.QUALITATIVE;
    String label = switch (type) {
      case PERCENTAGE -> Phrases.percentLabel(random);
      case RATIO -> Phrases.ratioLabel(random);
      case MILESTONE -> "Réalisation du protocole : " + Phrases.title(random);
      case QUALITATIVE -> "Appréciation qualitative : " + Phrases.title(random);
      default -> Phrases.countLabel(random);
    };
    Direction direction = random.nextInt(4) == 0 ? Direction.DECREASE : Direction.INCREASE;
    Indicator.Builder b = Indicator.builder(id, label)
        .kind(random.nextBoolean() ? IndicatorKind.OUTPUT : IndicatorKind.OUTCOME)
        .measureType(type)
        .direction(type == MeasureType.MILESTONE ? Direction.REACH : direction)
        .cumulative(type == MeasureType.COUNT && random.nextInt(5) == 0);
    if (type == MeasureType.PERCENTAGE) {
      b.unit("%");
    } else if (type == MeasureType.COUNT) {
      b.unit(random.nextBoolean() ? "enfants" : "actions");
    }
    double level = type == MeasureType.PERCENTAGE ? 30 + random.nextInt(50) : 50 + random.nextInt(3000);
    double trend = (direction == Direction.DECREASE ? -1 : 1) * (0.01 + random.nextDouble() * 0.05);
    if (type != MeasureType.MILESTONE && type != MeasureType.QUALITATIVE) {
      b.baseline(new Baseline(number(level, type), Optional.of(CalendarPeriod.year(firstYear - 1)),
          Optional.of("Situation au 31/12/" + (firstYear - 1))));
      if (random.nextInt(5) < 2) {
        b.addTarget(Target.intermediate(number(level * (1 + 2 * trend), type), CalendarPeriod.year(firstYear + 2)));
      }
      b.addTarget(new Target(number(level * (1 + 5 * trend), type), TargetType.FINAL,
          Optional.of(CalendarPeriod.year(lastYear)), Optional.empty(),
          Optional.of("Objectif à échéance de fin du schéma")));
    }
    b.measurements(measurements(type, level, trend));
    return b.build();
  }

  private List<Measurement> measurements(MeasureType type, double level, double trend) {
    int years = between(5, 10);
    int draw = random.nextInt(10);
    Granularity granularity = draw < 6 ? Granularity.YEAR : draw < 9 ? Granularity.SEMESTER : Granularity.QUARTER;
    List<String> territories = random.nextInt(100) < 17
        ? territoryNames.subList(0, Math.min(territoryNames.size(), between(3, 5)))
        : List.of();
    String source = Phrases.source(random);
    List<Measurement> measurements = new ArrayList<>();
    for (int y = lastYear - years + 1; y <= lastYear; y++) {
      for (int i = 1; i <= granularity.perYear(); i++) {
        CalendarPeriod period = new CalendarPeriod(y, granularity, i);
        double expected = level * (1 + trend * (y - firstYear)) / (type == MeasureType.COUNT ? granularity.perYear() : 1);
        measurements.add(measurement(type, period, expected, Optional.empty(), source, y));
        for (String territory : territories) {
          double share = expected / territories.size() * (0.6 + 0.8 * random.nextDouble());
          measurements.add(measurement(type, period, share, Optional.of(territory), source, y));
        }
      }
    }
    return measurements;
  }

  private Measurement measurement(
      MeasureType type, CalendarPeriod period, double expected, Optional<String> territory, String source, int year) {
    Measurement.Builder b = Measurement.builder(period).territory(territory.orElse(null));
    double noisy = Math.max(0, expected * (0.9 + 0.2 * random.nextDouble()));
    switch (type) {
      case RATIO -> {
        long denominator = 20 + random.nextInt(2000);
        b.ratio(BigDecimal.valueOf(Math.round(denominator * (0.5 + 0.5 * random.nextDouble()))),
            BigDecimal.valueOf(denominator));
      }
      case PERCENTAGE -> {
        if (random.nextBoolean()) {
          b.value(number(Math.min(100, noisy), type));
        } else {
          long denominator = 50 + random.nextInt(3000);
          b.ratio(BigDecimal.valueOf(Math.round(denominator * Math.min(100, noisy) / 100)), BigDecimal.valueOf(denominator));
        }
      }
      case MILESTONE -> b.text(year < lastYear - 1 ? "Non réalisé" : random.nextBoolean() ? "Réalisé" : "En cours");
      case QUALITATIVE -> b.text(Phrases.sentence(random));
      default -> b.value(number(noisy, type));
    }
    if (random.nextInt(4) == 0) {
      b.source(source);
    }
    if (random.nextInt(50) == 0) {
      b.comment("Donnée provisoire, à consolider");
    }
    return b.build();
  }

  private static BigDecimal number(double value, MeasureType type) {
    return type == MeasureType.PERCENTAGE
        ? BigDecimal.valueOf(Math.round(value * 10), 1)
        : BigDecimal.valueOf(Math.round(value));
  }

  // ------------------------------------------------------- territories, reviews, glossary, lineage

  private Territory territory(String name) {
    List<CommitteeMeeting> meetings = new ArrayList<>();
    for (int i = between(1, 2); i > 0; i--) {
      meetings.add(CommitteeMeeting.on(LocalDate.of(between(firstYear, lastYear), between(1, 12), between(1, 28)),
          "Maison du Département Solidarité " + name.replace("Territoire ", "")));
    }
    List<WorkingGroup> groups = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      groups.add(new WorkingGroup(Phrases.title(random), Optional.of(Integer.toString(between(1, 4))),
          Optional.of(Phrases.actor(random).name()), calendar(),
          List.of(ListItem.of(Phrases.sentence(random)), ListItem.of(Phrases.sentence(random))), Optional.empty()));
    }
    List<TerritoryNote> notes = random.nextBoolean()
        ? List.of(new TerritoryNote(Optional.of("1"), Phrases.sentence(random), Optional.empty()))
        : List.of();
    return new Territory(name, meetings, groups, notes, Optional.empty());
  }

  private List<Review> reviews(List<Fiche> fiches) {
    List<Review> reviews = new ArrayList<>();
    int count = between(1, 3);
    for (int r = 0; r < count; r++) {
      int year = firstYear + r;
      List<ReviewEntry> entries = new ArrayList<>();
      for (Fiche fiche : fiches) {
        if (random.nextBoolean()) {
          continue;
        }
        ReviewEntry.Builder e = ReviewEntry.builder(fiche.id())
            .status(Phrases.pick(random, REVIEW_STATUSES))
            .progress(BigDecimal.valueOf(Math.min(100, 20 * (r + 1) + random.nextInt(30))))
            .addNarrative(ListItem.of(Phrases.sentence(random)));
        if (random.nextBoolean()) {
          e.addPerspective(ListItem.of("Perspectives " + (year + 1) + " : " + Phrases.title(random)));
        }
        if (random.nextInt(3) == 0 && !fiche.indicators().isEmpty()) {
          Indicator indicator = fiche.indicators().get(0);
          e.addMeasurement(new ReviewMeasurement(Optional.of(indicator.id()), Optional.of(indicator.label()),
              Measurement.of(CalendarPeriod.year(year), BigDecimal.valueOf(between(10, 3000)))));
        }
        entries.add(e.build());
      }
      reviews.add(new Review("bilan-" + year + "-12-31", LocalDate.of(year, 12, 31),
          Optional.of("Bilan " + year + " du schéma"), Optional.of("fiches départementales"), entries,
          List.of(ListItem.of("Point d'étape présenté au comité de suivi du " + between(1, 28) + "/12/" + year + ".")),
          Optional.empty()));
    }
    return reviews;
  }

  private Glossary glossary() {
    List<GlossaryEntry> entries = new ArrayList<>();
    for (int i = between(8, 15); i > 0; i--) {
      var actor = Phrases.actor(random);
      actor.acronym().ifPresent(a -> entries.add(GlossaryEntry.of(a, actor.fullName().orElseThrow())));
    }
    return Glossary.of(entries.stream().collect(java.util.stream.Collectors.toMap(
        GlossaryEntry::acronym, e -> e, (a, b) -> a, java.util.TreeMap::new)).values());
  }

  private Lineage lineage(PlanReference previous) {
    List<LineageAxis> axes = new ArrayList<>();
    int count = between(4, 6);
    for (int a = 1; a <= count; a++) {
      axes.add(new LineageAxis(Integer.toString(a), Phrases.title(random),
          List.of(ListItem.of(Phrases.sentence(random)), ListItem.of(Phrases.sentence(random))), Optional.empty()));
    }
    return new Lineage(previous, axes);
  }

  private int between(int lowest, int highest) {
    return lowest + random.nextInt(highest - lowest + 1);
  }
}
