package org.schemadepartemental.io.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.schemadepartemental.io.InputLocation;
import org.schemadepartemental.io.PlacementReport;

class PlacementTrackerTest {
  private final TextDocument doc = TextDocument.of("plan.txt", "Titre du plan\n\n  page 3  \nA placer | reste ici\nperdu");

  @Test
  void countsNonBlankCharactersAndListsWhatIsUnplacedWithItsLocation() {
    PlacementTracker t = new PlacementTracker(doc);
    t.placed(1);
    t.noise(3, NoiseKind.PAGE_NUMBER);
    t.placed(4, 0, 8);
    t.noise(4, 9, 10, NoiseKind.SEPARATOR);
    PlacementReport r = t.report();
    assertThat(r.totalChars()).isEqualTo(11 + 5 + 16 + 5);
    assertThat(r.placedChars()).isEqualTo(11 + 7);
    assertThat(r.noiseChars()).isEqualTo(5 + 1);
    assertThat(r.unplaced()).extracting(u -> u.location().toString() + " " + u.text())
        .containsExactly("plan.txt:4:12 reste ici", "plan.txt:5 perdu");
    assertThat(r.unplaced().get(1).location()).isEqualTo(InputLocation.at("plan.txt", 5));
    assertThat(t.noiseByKind()).containsEntry(NoiseKind.PAGE_NUMBER, 5L).containsEntry(NoiseKind.SEPARATOR, 1L);
  }

  @Test
  void placedWinsOverNoiseWhereMarksOverlap() {
    PlacementTracker t = new PlacementTracker(doc);
    t.placed(1);
    t.noise(1, NoiseKind.PAGE_HEADER);
    t.noise(5, NoiseKind.REPEATED_BLOCK);
    t.placed(5, 0, 2);
    PlacementReport r = t.report();
    assertThat(r.placedChars()).isEqualTo(11 + 2);
    assertThat(r.noiseChars()).isEqualTo(3);
    assertThat(t.isAccounted(5)).isTrue();
    assertThat(t.isAccounted(4)).isFalse();
  }

  @Test
  void spansOutsideTheLineAreRefused() {
    PlacementTracker t = new PlacementTracker(doc);
    assertThatThrownBy(() -> t.placed(1, 5, 100)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> t.placed(9)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void buildsTheReportOfALargeDocumentQuickly() {
    String line = "x".repeat(60) + "\n";
    TextDocument big = TextDocument.of("big.txt", line.repeat(200_000));
    PlacementTracker t = new PlacementTracker(big);
    for (int n = 1; n <= big.lineCount(); n += 2) {
      t.placed(n, 0, 30);
      t.noise(n, 30, 60, NoiseKind.REPEATED_BLOCK);
    }
    long start = System.nanoTime();
    PlacementReport r = t.report();
    assertThat(r.accountedRatio()).isEqualTo(0.5);
    assertThat(r.unplaced()).hasSize(100_000);
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }
}
