package be.loketopmaat.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A driving licence applied for in BelDrive, followed by the city from its register's reports. */
class DrivingLicenceOrderTest {
  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 12, 7, 10, 0);
  static final LocationCode HUB = new LocationCode("districtshuis-antwerpen");

  static DocumentOrder submitted(Citizen citizen) {
    return DocumentOrder.appliedElsewhere(
        DocumentKind.DRIVING_LICENCE,
        new ProductCode("driving-licence"),
        citizen,
        HUB,
        "BD2026-000001",
        MONDAY);
  }

  static DocumentOrder submitted() {
    return submitted(
        new Citizen(new NationalNumber("85073100328"), "An Peeters", null, null, Language.FR));
  }

  @Test
  void kindsNameTheSystemThatMakesThem() {
    assertThat(DocumentKind.DRIVING_LICENCE.madeBy()).isEqualTo(FederalSystem.BELDRIVE);
    assertThat(DocumentKind.DRIVING_LICENCE.takesFingerprints()).isFalse();
    assertThat(DocumentKind.EID.madeBy()).isEqualTo(FederalSystem.BELPIC);
    assertThat(FederalSystem.BELDRIVE.takesApplicationsAtTheDesk()).isFalse();
    assertThat(FederalSystem.BELPIC.takesApplicationsAtTheDesk()).isTrue();
  }

  @Test
  void theRoadFromBelDriveToTheSafeToTheCitizen() {
    DocumentOrder order = submitted();
    assertThat(order.state()).isEqualTo(DocumentState.RECORDED);
    assertThat(order.productionNumber()).isEqualTo("BD2026-000001");
    assertThat(order.appliedAt()).isEqualTo(HUB);
    assertThat(order.pickupAt()).isEqualTo(HUB);
    assertThat(order.recordedBy()).isEqualTo("BELDRIVE");
    assertThat(order.citizen().canBeReached()).isFalse();

    DocumentOrder accepted = order.reportedByRegister(DocumentState.ORDERED, MONDAY, null);
    assertThat(accepted.state()).isEqualTo(DocumentState.ORDERED);
    DocumentOrder made =
        accepted.reportedByRegister(DocumentState.IN_PRODUCTION, MONDAY.plusDays(1), null);
    DocumentOrder ready = made.reportedByRegister(DocumentState.ARRIVED, MONDAY.plusDays(8), null);
    assertThat(ready.state()).isEqualTo(DocumentState.ARRIVED);
    assertThat(ready.arrivedAt()).isEqualTo(MONDAY.plusDays(8));

    DocumentOrder handed = ready.handOver(MONDAY.plusDays(9));
    assertThat(handed.reportedByRegister(DocumentState.HANDED_OVER, MONDAY.plusDays(9), null))
        .as("the register's DELIVERED after the city's hand-over changes nothing")
        .isSameAs(handed);
  }

  @Test
  void aDeliveryReportedByTheRegisterEndsTheRoadIfTheCityDidNot() {
    DocumentOrder ready =
        submitted().reportedByRegister(DocumentState.ARRIVED, MONDAY.plusDays(8), null);
    DocumentOrder delivered =
        ready.reportedByRegister(DocumentState.HANDED_OVER, MONDAY.plusDays(9), null);
    assertThat(delivered.state()).isEqualTo(DocumentState.HANDED_OVER);
    assertThat(delivered.endedAt()).isEqualTo(MONDAY.plusDays(9));
    assertThat(delivered.arrivedAt()).isEqualTo(MONDAY.plusDays(8));
    DocumentOrder unseen =
        submitted().reportedByRegister(DocumentState.HANDED_OVER, MONDAY.plusDays(9), null);
    assertThat(unseen.arrivedAt()).isEqualTo(MONDAY.plusDays(9));
  }

  @Test
  void aStateGoingBackwardsOrTwiceChangesNothing() {
    DocumentOrder made =
        submitted().reportedByRegister(DocumentState.IN_PRODUCTION, MONDAY.plusDays(1), null);
    assertThat(made.reportedByRegister(DocumentState.ORDERED, MONDAY, null)).isSameAs(made);
    assertThat(made.reportedByRegister(DocumentState.RECORDED, MONDAY, null)).isSameAs(made);
    assertThat(made.reportedByRegister(DocumentState.IN_PRODUCTION, MONDAY, null)).isSameAs(made);
  }

  @Test
  void refusedOrCancelledEndsItWithTheReason() {
    DocumentOrder refused =
        submitted().reportedByRegister(DocumentState.REFUSED, MONDAY, "medical certificate");
    assertThat(refused.state()).isEqualTo(DocumentState.REFUSED);
    assertThat(refused.endReason()).isEqualTo("medical certificate");
    assertThatThrownBy(() -> refused.reportedByRegister(DocumentState.ARRIVED, MONDAY, null))
        .isInstanceOf(ConflictException.class);

    DocumentOrder ready = submitted().reportedByRegister(DocumentState.ARRIVED, MONDAY, null);
    DocumentOrder takenBack =
        ready.reportedByRegister(DocumentState.CANCELLED, MONDAY.plusDays(1), "x".repeat(600));
    assertThat(takenBack.state()).isEqualTo(DocumentState.CANCELLED);
    assertThat(takenBack.endReason()).hasSize(DocumentOrder.MAX_REASON);
    assertThatThrownBy(() -> ready.reportedByRegister(DocumentState.REFUSED, MONDAY, "late"))
        .isInstanceOf(ConflictException.class);
    DocumentOrder handed = ready.handOver(MONDAY.plusDays(1));
    assertThatThrownBy(() -> handed.reportedByRegister(DocumentState.CANCELLED, MONDAY, null))
        .isInstanceOf(ConflictException.class);
  }

  @ParameterizedTest
  @EnumSource(
      value = DocumentState.class,
      names = {"DISPATCHED", "RETURNED"})
  void theRegisterReportsNoDispatchNorReturn(DocumentState state) {
    assertThatThrownBy(() -> submitted().reportedByRegister(state, MONDAY, null))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aDrivingLicenceIsNotAppliedForNorCancelledAtTheDesk() {
    Citizen an =
        new Citizen(new NationalNumber("85073100328"), "An", "an@example.be", null, Language.NL);
    assertThatThrownBy(
            () ->
                DocumentOrder.record(
                    DocumentKind.DRIVING_LICENCE,
                    new ProductCode("driving-licence"),
                    an,
                    HUB,
                    HUB,
                    false,
                    "clerk-1",
                    MONDAY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("BELDRIVE");
    assertThatThrownBy(() -> submitted().cancel(MONDAY, "mistake"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("withdrawn in BELDRIVE");
    assertThatThrownBy(() -> submitted(an).reportedByRegister(null, MONDAY, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void anIdentityDocumentIsNotFollowedInARegister() {
    assertThatThrownBy(
            () ->
                DocumentOrderTest.recorded()
                    .reportedByRegister(DocumentState.ARRIVED, MONDAY, null))
        .isInstanceOf(IllegalStateException.class);
  }
}
