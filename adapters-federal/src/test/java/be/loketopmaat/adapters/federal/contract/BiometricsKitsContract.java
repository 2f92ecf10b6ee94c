package be.loketopmaat.adapters.federal.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.port.out.federal.BiometricsKits;
import be.loketopmaat.application.port.out.federal.BiometricsKits.KitReport;
import be.loketopmaat.application.port.out.federal.BiometricsKits.KitVisit;
import be.loketopmaat.application.port.out.federal.BiometricsKits.Outcome;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.homevisit.HomeVisitPurpose;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BiometricsKits} must do, whatever service is behind it. An implementation's
 * test extends this and provides the service as two municipalities see it, and the ways a test
 * drives the kits: their team's work at the door, going offline and coming back.
 */
public abstract class BiometricsKitsContract {
  protected static final String KIT = "kit-01";
  protected static final NationalNumber HOLDER = NationalNumber.of("85073100328");

  /** The service as the municipality calls it; its kit is {@link #KIT}. */
  protected abstract BiometricsKits kits();

  /** The service as another municipality calls it (which has no kit {@link #KIT}). */
  protected abstract BiometricsKits otherMunicipalitysKits();

  protected abstract BiometricsKits kitsWithWrongKey();

  /** The ids of the visits the kit shows its team. */
  protected abstract List<UUID> visitsOnTheKit(String kit);

  protected abstract void capture(String kit, UUID visit);

  protected abstract void handOver(String kit, UUID visit, boolean fingerprintsMatch);

  protected abstract void notDone(String kit, UUID visit, String reason);

  protected abstract void offline(String kit);

  protected abstract void online(String kit);

  protected static KitVisit application(UUID id) {
    return new KitVisit(
        id,
        KIT,
        LocalDate.of(2026, 12, 8),
        LocalTime.of(9, 15),
        HomeVisitPurpose.APPLICATION,
        DocumentKind.EID,
        HOLDER,
        "An Peeters",
        null);
  }

  protected static KitVisit delivery(UUID id) {
    return new KitVisit(
        id,
        KIT,
        LocalDate.of(2026, 12, 8),
        LocalTime.of(10, 15),
        HomeVisitPurpose.DELIVERY,
        DocumentKind.EID,
        HOLDER,
        "An Peeters",
        "BE2026-000001");
  }

  protected List<KitReport> allReports() {
    return kits().reportsAfter(0, 500).reports();
  }

  @Test
  void aLoadedVisitIsOnTheKitAndItsCaptureComesBackOnce() {
    UUID visit = UUID.randomUUID();
    kits().load(application(visit));
    kits().load(application(visit)); // again: nothing changes
    assertThat(visitsOnTheKit(KIT)).containsExactly(visit);

    capture(KIT, visit);

    List<KitReport> reports = allReports();
    assertThat(reports).hasSize(1);
    KitReport report = reports.get(0);
    assertThat(report.visitId()).isEqualTo(visit);
    assertThat(report.kit()).isEqualTo(KIT);
    assertThat(report.outcome()).isEqualTo(Outcome.CAPTURED);
    assertThat(report.fingerprints()).isTrue();
    assertThat(report.operator()).isNotBlank();
    assertThat(kits().reportsAfter(report.sequence(), 10).reports()).isEmpty();
    assertThat(kits().reportsAfter(report.sequence(), 10).cursor()).isEqualTo(report.sequence());
  }

  @Test
  void anOfflineKitWorksOnAndItsReportsArriveWhenItIsBack() {
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    kits().load(application(first));
    offline(KIT);
    kits().load(delivery(second)); // answered at once; the kit takes it at its next sync
    assertThat(visitsOnTheKit(KIT)).containsExactly(first);

    capture(KIT, first);
    assertThat(allReports()).isEmpty();

    online(KIT);
    assertThat(allReports()).extracting(KitReport::visitId).containsExactly(first);
    assertThat(visitsOnTheKit(KIT)).containsExactlyInAnyOrder(first, second);
  }

  @Test
  void aDeliveryIsHandedOverOnlyWhenTheFingerprintsMatch() {
    UUID matched = UUID.randomUUID();
    UUID mismatched = UUID.randomUUID();
    kits().load(delivery(matched));
    kits().load(delivery(mismatched));

    handOver(KIT, matched, true);
    handOver(KIT, mismatched, false);

    assertThat(allReports())
        .extracting(KitReport::visitId, KitReport::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(matched, Outcome.HANDED_OVER),
            org.assertj.core.groups.Tuple.tuple(mismatched, Outcome.NOT_DONE));
    assertThat(allReports().get(1).reason()).contains("fingerprints");
  }

  @Test
  void aVisitNotDoneSaysWhy() {
    UUID visit = UUID.randomUUID();
    kits().load(application(visit));
    notDone(KIT, visit, "nobody home");
    assertThat(allReports())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.outcome()).isEqualTo(Outcome.NOT_DONE);
              assertThat(r.reason()).isEqualTo("nobody home");
            });
  }

  @Test
  void anUnloadedVisitLeavesTheKitAndUnloadingTwiceOrAfterTheReportChangesNothing() {
    UUID visit = UUID.randomUUID();
    kits().load(application(visit));
    kits().unload(KIT, visit);
    kits().unload(KIT, visit);
    kits().unload(KIT, UUID.randomUUID());
    assertThat(visitsOnTheKit(KIT)).isEmpty();

    UUID reported = UUID.randomUUID();
    kits().load(application(reported));
    capture(KIT, reported);
    kits().unload(KIT, reported); // too late: the report stands
    kits().load(application(reported));
    assertThat(allReports()).extracting(KitReport::visitId).containsExactly(reported);
  }

  @Test
  void aPageHoldsAtMostTheLimitAndTheCursorMovesOn() {
    for (int i = 0; i < 3; i++) {
      UUID visit = UUID.randomUUID();
      kits().load(application(visit));
      capture(KIT, visit);
    }
    BiometricsKits.KitReports first = kits().reportsAfter(0, 2);
    assertThat(first.reports()).hasSize(2);
    BiometricsKits.KitReports rest = kits().reportsAfter(first.cursor(), 2);
    assertThat(rest.reports()).hasSize(1);
    assertThat(rest.reports().get(0).sequence()).isGreaterThan(first.cursor());
  }

  @Test
  void anotherMunicipalitySeesNeitherTheKitNorItsReports() {
    UUID visit = UUID.randomUUID();
    kits().load(application(visit));
    capture(KIT, visit);
    assertThat(otherMunicipalitysKits().reportsAfter(0, 10).reports()).isEmpty();
    assertThatThrownBy(() -> otherMunicipalitysKits().load(application(UUID.randomUUID())))
        .isInstanceOf(SystemUnavailableException.class)
        .hasMessageContaining("no such kit");
  }

  @Test
  void aWrongKeyIsRefusedAndChangesNothing() {
    UUID visit = UUID.randomUUID();
    assertThatThrownBy(() -> kitsWithWrongKey().load(application(visit)))
        .isInstanceOf(SystemUnavailableException.class);
    assertThatThrownBy(() -> kitsWithWrongKey().reportsAfter(0, 10))
        .isInstanceOf(SystemUnavailableException.class);
    assertThat(visitsOnTheKit(KIT)).isEmpty();
  }

  @Test
  void theTimeOfAReportIsWhenTheKitDidItInTheCitysTime() {
    UUID visit = UUID.randomUUID();
    kits().load(application(visit));
    offline(KIT);
    capture(KIT, visit);
    LocalDateTime capturedAt = capturedAt();
    online(KIT);
    assertThat(allReports().get(0).at()).isEqualTo(capturedAt);
  }

  /** The kit's now, when {@link #capture} is called. */
  protected abstract LocalDateTime capturedAt();
}
