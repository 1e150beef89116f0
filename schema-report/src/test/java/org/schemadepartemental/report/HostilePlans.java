package org.schemadepartemental.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.Baseline;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Departements;
import org.schemadepartemental.core.Direction;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.IndicatorKind;
import org.schemadepartemental.core.ListItem;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Review;
import org.schemadepartemental.core.ReviewEntry;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.Target;
import org.schemadepartemental.core.YearRange;

/** A small plan whose every text tries to break out of the page, with known calendars and figures. */
final class HostilePlans {
  static final String TITLE = "<script>window.pwned=1;document.title='pwned'</script> Schéma \"onload=\"alert(1)";
  static final String ORIENTATION = "\"><svg onload=window.pwned=4> & <b>gras</b>";
  static final String FICHE = "javascript:alert(1) </style><script>window.pwned=2</script>";
  static final String SOUS_ACTION = "<img src=x onerror=\"window.pwned=3\"> ' single";
  static final String INDICATOR = "<iframe src=\"https://example.org/x\"></iframe> _*[lien](javascript:alert(1))*_";
  static final String ACTOR = "<a href=\"javascript:alert(5)\">CAF</a>";
  static final String NARRATIVE = "# titre <script>window.pwned=6</script> | pipe";
  static final LocalDate AS_OF = LocalDate.of(2020, 12, 31);

  /** Sous-actions with dates (one bar each): fa-1.sa1 (grid in two runs) and fa-1.sa2 (range). */
  static final List<String> SCHEDULED = List.of("fa-1.sa1", "fa-1.sa2");

  private HostilePlans() {}

  static Schema plan() {
    Indicator indicator = Indicator.builder("fa-1.i1", INDICATOR)
        .kind(IndicatorKind.OUTPUT).measureType(MeasureType.COUNT).direction(Direction.INCREASE)
        .baseline(Baseline.of(BigDecimal.valueOf(10), CalendarPeriod.year(2019)))
        .addTarget(Target.finalTarget(BigDecimal.valueOf(30), CalendarPeriod.year(2021)))
        .addMeasurement(Measurement.of(CalendarPeriod.year(2019), BigDecimal.valueOf(10)))
        .addMeasurement(Measurement.of(CalendarPeriod.year(2020), BigDecimal.valueOf(16)))
        .build();
    Fiche first = Fiche.builder("1", FICHE)
        .addPilot(Actor.named(ACTOR))
        .addPartner(Actor.named("PJJ"))
        .addSousAction(SOUS_ACTION, ActionCalendar.grid("2019-S1, 2019-S2, 2020-S2", List.of(
            CalendarPeriod.semester(2019, 1), CalendarPeriod.semester(2019, 2), CalendarPeriod.semester(2020, 2))))
        .addSousAction("Deuxième sous-action", ActionCalendar.range("2019-2020", CalendarPeriod.year(2019),
            CalendarPeriod.year(2020)))
        .addSousAction("Troisième, sans date", ActionCalendar.state("A définir", CalendarForm.TO_BE_DEFINED))
        .addIndicator(indicator)
        .build();
    Fiche second = Fiche.builder("2", "Fiche sans sous-action " + TITLE)
        .addPilot(Actor.named("Conseil départemental"))
        .calendar(ActionCalendar.from("Démarrage en 2020", CalendarPeriod.year(2020)))
        .build();
    Review review = Review.of(LocalDate.of(2020, 6, 30), List.of(
        ReviewEntry.builder("fa-1").status("in-progress").progress(BigDecimal.valueOf(40))
            .addNarrative(ListItem.of(NARRATIVE)).addPerspective(ListItem.of("Suite " + FICHE)).build(),
        ReviewEntry.builder("fa-1").sousActionId("fa-1.sa1").status("done").build(),
        ReviewEntry.builder("fa-1").sousActionId("fa-1.sa2").status("in-progress").progress(BigDecimal.valueOf(30))
            .build()));
    return Schema.builder("hostile-2019-2021", TITLE)
        .departement(Departements.byCode("61").orElseThrow())
        .period(YearRange.parse("2019-2021"))
        .addOrientation(Orientation.builder("1", ORIENTATION).addFiche(first, second).build())
        .addReview(review)
        .build();
  }

  static ReportData report() {
    return ReportData.builder(plan()).asOf(AS_OF).build();
  }
}
