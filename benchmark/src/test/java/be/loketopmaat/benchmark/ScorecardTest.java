package be.loketopmaat.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScorecardTest {

  @Test
  void aShareMeetsItsTargetAtOrAboveItAndMissesItBelow() {
    Scorecard card = new Scorecard();
    card.share("at", "50/s", "100/s", 0.5, 0.5);
    card.share("below", "49/s", "100/s", 0.49, 0.5);
    card.share("reported", "3/s", "100/s", 0.03, null);

    assertThat(card.markdown())
        .containsSubsequence(
            "| at | 50/s | 100/s | 50% | ≥ 50% | met |",
            "| below | 49/s | 100/s | 49% | ≥ 50% | **missed** |",
            "| reported | 3/s | 100/s | 3.0% | (reported) |  |");
  }

  @Test
  void zeroCountsAndAbsoluteCeilingsHaveTheirOwnVerdicts() {
    Scorecard card = new Scorecard();
    card.zero("none", 0);
    card.zero("some", 2);
    card.atMost("fast", "30 ms", 30, 50, "≤ 50 ms");
    card.atMost("slow", "51 ms", 51, 50, "≤ 50 ms");
    card.factor("slower", "20 ms", "10 ms", 2);

    assertThat(card.markdown())
        .containsSubsequence(
            "| none | 0 |  |  | 0 | met |",
            "| some | 2 |  |  | 0 | **missed** |",
            "| fast | 30 ms |  |  | ≤ 50 ms (absolute) | met |",
            "| slow | 51 ms |  |  | ≤ 50 ms (absolute) | **missed** |",
            "| slower | 20 ms | 10 ms | × 2.0 | (reported) |  |");
  }
}
