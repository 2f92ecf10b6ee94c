package be.loketopmaat.domain.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.domain.kiosk.KioskEvaluation.Recommendation;
import be.loketopmaat.domain.kiosk.KioskEvaluation.SiteMonth;
import be.loketopmaat.domain.location.LocationCode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Berchem pilot's question per site and month, answered from the usage log. */
class KioskEvaluationTest {
  static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
  static final LocalDateTime DAY = LocalDateTime.of(2026, 11, 10, 10, 0);
  static final LocationCode POORT = new LocationCode("zuil-bib-de-poort");
  static final LocationCode CORSO = new LocationCode("zuil-corso");

  final Kiosk poort = Kiosk.register(POORT, "Zuil 1", "h", DAY.minusMonths(3));
  final Kiosk corso = Kiosk.register(CORSO, "Zuil 1", "h", DAY.minusMonths(3));
  final List<KioskEvent> events = new ArrayList<>();

  @Test
  void sessionsDocumentsShareDowntimeAndARecommendationPerSite() {
    for (int i = 0; i < 3; i++) {
      log(poort, KioskEventKind.SESSION_OPENED, null, DAY.plusMinutes(i));
    }
    log(poort, KioskEventKind.DOCUMENT_PRINTED, "attest MAIN_RESIDENCE", DAY.plusMinutes(5));
    log(poort, KioskEventKind.DOCUMENT_PRINTED, "attest MAIN_RESIDENCE", DAY.plusMinutes(6));
    log(poort, KioskEventKind.PIN_CODES_REQUESTED, null, DAY.plusMinutes(7));
    log(corso, KioskEventKind.SESSION_OPENED, null, DAY);
    log(corso, KioskEventKind.FAULT, "OUT_OF_PAPER", DAY.plusHours(1));
    log(corso, KioskEventKind.ONLINE, "ONLINE", DAY.plusHours(3));
    log(corso, KioskEventKind.OFFLINE, "silent", LocalDateTime.of(2026, 11, 30, 12, 0));
    log(poort, KioskEventKind.SESSION_OPENED, null, LocalDateTime.of(2026, 12, 1, 9, 0));

    List<SiteMonth> sites =
        KioskEvaluation.evaluate(
            NOVEMBER, List.of(poort, corso), events, 3, LocalDateTime.of(2026, 12, 4, 9, 0));

    assertThat(sites).extracting(SiteMonth::site).containsExactly(POORT, CORSO);
    SiteMonth kept = sites.get(0);
    assertThat(kept.sessions()).isEqualTo(3);
    assertThat(kept.documents()).isEqualTo(Map.of("MAIN_RESIDENCE", 2L, "PIN_CODES", 1L));
    assertThat(kept.share()).isEqualTo(0.75);
    assertThat(kept.downtime()).isEqualTo(Duration.ZERO);
    assertThat(kept.recommendation()).isEqualTo(Recommendation.KEEP);
    SiteMonth retired = sites.get(1);
    assertThat(retired.sessions()).isEqualTo(1);
    assertThat(retired.share()).isEqualTo(0.25);
    assertThat(retired.downtime()).isEqualTo(Duration.ofHours(2).plusHours(12));
    assertThat(retired.recommendation()).isEqualTo(Recommendation.RETIRE);
  }

  @Test
  void aMonthWithoutUseRecommendsRetiringEverySiteAndSharesNothing() {
    List<SiteMonth> sites = KioskEvaluation.evaluate(NOVEMBER, List.of(poort), List.of(), 1, DAY);
    assertThat(sites)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.share()).isZero();
              assertThat(s.recommendation()).isEqualTo(Recommendation.RETIRE);
              assertThat(s.kiosks()).isEqualTo(1);
            });
  }

  private void log(Kiosk kiosk, KioskEventKind kind, String detail, LocalDateTime at) {
    events.add(new KioskEvent(kiosk.id(), kiosk.location(), kind, null, detail, at));
  }
}
