package org.schemadepartemental.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Baseline;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Direction;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Review;
import org.schemadepartemental.core.ReviewEntry;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.Target;

class PlanFollowUpTest {

  private static Schema followUp(Indicator indicator, Review... reviews) {
    Schema.Builder b = Schema.builder("hostile-2019-2021", "suivi")
        .addOrientation(Orientation.builder("1", "o").addFiche(Fiche.builder("1", "f").addIndicator(indicator).build())
            .build());
    for (Review r : reviews) {
      b.addReview(r);
    }
    return b.build();
  }

  @Test
  void reviewsAreAddedAndBaselinesTargetsAndDirectionsApplied() {
    Schema plan = HostilePlans.plan();
    Indicator given = Indicator.builder("fa-1.i1", "ignored label").direction(Direction.DECREASE)
        .baseline(Baseline.of(BigDecimal.valueOf(12), CalendarPeriod.year(2019)))
        .addTarget(Target.finalTarget(BigDecimal.valueOf(40), CalendarPeriod.year(2021))).build();
    Review next = Review.of(LocalDate.of(2020, 12, 31), List.of(ReviewEntry.builder("fa-2").status("done").build()));
    PlanFollowUp.Applied applied = PlanFollowUp.apply(plan, followUp(given, next), "suivi.json");
    assertThat(applied.problems()).isEmpty();
    assertThat(applied.reviewsAdded()).isEqualTo(1);
    assertThat(applied.indicatorsUpdated()).isEqualTo(1);
    Indicator result = applied.schema().indicator("fa-1.i1").orElseThrow();
    assertThat(result.baseline().orElseThrow().value()).isEqualByComparingTo("12");
    assertThat(result.targets()).extracting(Target::value).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(BigDecimal.valueOf(40));
    // The plan states INCREASE: a follow-up does not overturn it, and the label stays the plan's.
    assertThat(result.direction()).isEqualTo(Direction.INCREASE);
    assertThat(result.label()).isEqualTo(HostilePlans.INDICATOR);
    assertThat(applied.schema().reviews()).hasSize(2);
  }

  @Test
  void whatDoesNotFitIsReportedNotDropped() {
    Schema plan = HostilePlans.plan();
    Review same = plan.reviews().get(0);
    Review stray = Review.of(LocalDate.of(2021, 3, 1), List.of(ReviewEntry.builder("fa-9").build(),
        ReviewEntry.builder("fa-1").sousActionId("fa-1.sa9").build()));
    Indicator unknown = Indicator.builder("fa-7.i1", "inconnu")
        .addMeasurement(Measurement.of(CalendarPeriod.year(2020), BigDecimal.ONE)).build();
    PlanFollowUp.Applied applied = PlanFollowUp.apply(plan, followUp(unknown, same, stray), "suivi.json");
    assertThat(applied.problems()).containsExactly(
        "suivi.json: review " + same.id() + " is already in the plan; the plan's is kept",
        "suivi.json: review bilan-2021-03-01 speaks of fiche fa-9, which the plan does not have",
        "suivi.json: review bilan-2021-03-01 speaks of sous-action fa-1.sa9, which the plan does not have",
        "suivi.json: indicator fa-7.i1 is not in the plan; its baseline and targets are not applied",
        "suivi.json: the 1 measurement(s) of fa-7.i1 are not applied (load figures with the measurements CSV)");
    assertThat(applied.reviewsAdded()).isEqualTo(1);
    assertThat(applied.schema().reviews()).hasSize(2);
  }
}
