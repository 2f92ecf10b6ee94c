package be.loketopmaat.adapters.rest.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.domain.kiosk.KioskEvaluation.Recommendation;
import be.loketopmaat.domain.kiosk.KioskEvaluation.SiteMonth;
import be.loketopmaat.domain.location.LocationCode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The evaluation chart decoded back from its PNG: its size, not blank, bars in the keep and retire
 * colours, and the threshold's dashed line where the threshold falls.
 */
class EvaluationChartTest {

  @Test
  void aBarPerSiteInItsRecommendationsColourAndTheThresholdAsALine() throws Exception {
    List<SiteMonth> sites =
        List.of(
            site("zuil-buurtloket-berchem", 60, 0.6, Recommendation.KEEP),
            site("zuil-bib-de-poort", 30, 0.3, Recommendation.KEEP),
            site("zuil-bib-de-vertellerij", 10, 0.1, Recommendation.RETIRE));

    byte[] png = EvaluationChart.png(YearMonth.of(2021, 12), sites, 25);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    Path dir = Path.of("target", "test-artifacts");
    Files.createDirectories(dir);
    Files.write(dir.resolve("kiosk-evaluation-chart.png"), png);
    assertThat(image.getWidth()).isEqualTo(EvaluationChart.WIDTH);
    assertThat(image.getHeight()).isEqualTo(EvaluationChart.height(3));
    Set<Integer> colours = new HashSet<>();
    int keep = 0;
    int retire = 0;
    int threshold = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        keep += rgb == (EvaluationChart.KEEP.getRGB() & 0xffffff) ? 1 : 0;
        retire += rgb == (EvaluationChart.RETIRE.getRGB() & 0xffffff) ? 1 : 0;
        threshold += rgb == (EvaluationChart.THRESHOLD.getRGB() & 0xffffff) ? 1 : 0;
      }
    }
    assertThat(colours).hasSizeGreaterThan(10);
    assertThat(keep).isGreaterThan(retire * 3).isGreaterThan(1000);
    assertThat(retire).isGreaterThan(200);
    assertThat(threshold).isGreaterThan(100);
    // The Berchem bar (60 sessions) is twice the De Poort one (30): same row height, twice as long.
    assertThat(barLength(image, 0))
        .isBetween(2 * barLength(image, 1) - 3, 2 * barLength(image, 1) + 3);
  }

  @Test
  void aMonthWithoutSitesIsStillAChart() throws Exception {
    BufferedImage image =
        ImageIO.read(
            new ByteArrayInputStream(EvaluationChart.png(YearMonth.of(2026, 1), List.of(), 30)));

    assertThat(image.getHeight()).isEqualTo(EvaluationChart.height(0));
    assertThat(image.getRGB(10, 10) & 0xffffff).isEqualTo(Color.WHITE.getRGB() & 0xffffff);
  }

  @Test
  void theAxisStepsRoundly() {
    assertThat(EvaluationChart.step(7)).isEqualTo(1);
    assertThat(EvaluationChart.step(30)).isEqualTo(5);
    assertThat(EvaluationChart.step(60)).isEqualTo(10);
    assertThat(EvaluationChart.step(1500)).isEqualTo(200);
  }

  /** The length in pixels of row {@code row}'s bar, in the keep colour, across its middle. */
  private static int barLength(BufferedImage image, int row) {
    int y = EvaluationChart.TOP + row * EvaluationChart.ROW + EvaluationChart.ROW / 2;
    int length = 0;
    for (int x = 0; x < image.getWidth(); x++) {
      length +=
          (image.getRGB(x, y) & 0xffffff) == (EvaluationChart.KEEP.getRGB() & 0xffffff) ? 1 : 0;
    }
    return length;
  }

  private static SiteMonth site(String code, long sessions, double share, Recommendation advice) {
    return new SiteMonth(
        new LocationCode(code),
        1,
        sessions,
        Map.of("MAIN_RESIDENCE", sessions / 2),
        share,
        Duration.ZERO,
        advice);
  }
}
