package be.loketopmaat.domain.homevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.location.Address;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HomeVisitTest {
  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 8, 0);
  static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);
  static final TeamCode TEAM = new TeamCode("mobile-antwerpen");
  static final Citizen CITIZEN =
      new Citizen(
          new NationalNumber("85073100328"), "An Peeters", "an@example.be", null, Language.NL);

  static HomeVisit application(LocalTime start, Address at) {
    return application(start, at, 30);
  }

  static HomeVisit application(LocalTime start, Address at, int minutes) {
    return HomeVisit.plan(
        TEAM,
        TUESDAY,
        start,
        minutes,
        HomeVisitPurpose.APPLICATION,
        DocumentKind.EID,
        new ProductCode("eid-application"),
        CITIZEN,
        at,
        " ring twice ",
        null,
        "agent-1",
        NOW);
  }

  private static HomeVisit visit(
      LocalDate day,
      LocalTime start,
      HomeVisitPurpose purpose,
      DocumentKind kind,
      String product,
      Citizen citizen,
      UUID order) {
    return HomeVisit.plan(
        TEAM,
        day,
        start,
        15,
        purpose,
        kind,
        new ProductCode(product),
        citizen,
        address("2100"),
        null,
        order,
        "agent-1",
        NOW);
  }

  static Address address(String postalCode) {
    return new Address("Kerkstraat 1", postalCode, "Antwerpen");
  }

  @Test
  void anApplicationVisitIsDoneByItsCaptureOnceHoweverOftenReported() {
    HomeVisit planned = application(LocalTime.of(10, 0), address("2100"));
    assertThat(planned.state()).isEqualTo(HomeVisitState.PLANNED);
    assertThat(planned.end()).isEqualTo(LocalTime.of(10, 30));
    assertThat(planned.note()).isEqualTo("ring twice");

    UUID order = UUID.randomUUID();
    HomeVisit done = planned.captured(order, NOW.plusDays(1));
    assertThat(done.state()).isEqualTo(HomeVisitState.DONE);
    assertThat(done.documentOrderId()).isEqualTo(order);
    assertThat(done.captured(UUID.randomUUID(), NOW.plusDays(2))).isSameAs(done);
    assertThat(done.takesTime()).isTrue();
  }

  @Test
  void aDeliveryVisitNamesItsDocumentAndEndsByTheHandOver() {
    assertThatThrownBy(
            () ->
                visit(
                    TUESDAY,
                    LocalTime.of(10, 0),
                    HomeVisitPurpose.DELIVERY,
                    DocumentKind.EID,
                    "eid-application",
                    CITIZEN,
                    null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("documentId");
    UUID order = UUID.randomUUID();
    HomeVisit delivery =
        visit(
            TUESDAY,
            LocalTime.of(10, 0),
            HomeVisitPurpose.DELIVERY,
            DocumentKind.EID,
            "eid-application",
            CITIZEN,
            order);
    assertThatThrownBy(() -> delivery.captured(UUID.randomUUID(), NOW))
        .isInstanceOf(ConflictException.class);
    HomeVisit done = delivery.delivered(NOW.plusDays(1));
    assertThat(done.state()).isEqualTo(HomeVisitState.DONE);
    assertThat(done.delivered(NOW.plusDays(2))).isSameAs(done);
  }

  @Test
  void aMissedOrCancelledVisitFreesItsTimeAndEndsTheRoad() {
    HomeVisit planned = application(LocalTime.of(10, 0), address("2100"));
    HomeVisit missed = planned.missed("nobody home", NOW.plusDays(1));
    assertThat(missed.state()).isEqualTo(HomeVisitState.MISSED);
    assertThat(missed.takesTime()).isFalse();
    assertThat(missed.missed("again", NOW.plusDays(1))).isSameAs(missed);
    assertThatThrownBy(() -> missed.captured(UUID.randomUUID(), NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("ended");

    HomeVisit cancelled = planned.cancel("citizen in hospital", NOW);
    assertThat(cancelled.state()).isEqualTo(HomeVisitState.CANCELLED);
    assertThat(cancelled.endReason()).isEqualTo("citizen in hospital");
    assertThatThrownBy(() -> cancelled.cancel("twice", NOW)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> planned.cancel(" ", NOW)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void refusesWhatNoHomeVisitCanBe() {
    assertThatThrownBy(
            () ->
                visit(
                    TUESDAY,
                    LocalTime.of(10, 0),
                    HomeVisitPurpose.APPLICATION,
                    DocumentKind.DRIVING_LICENCE,
                    "driving-licence",
                    CITIZEN,
                    null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("BELDRIVE");
    Citizen unreachable = new Citizen(CITIZEN.insz(), "An Peeters", null, null, Language.NL);
    assertThatThrownBy(
            () ->
                visit(
                    TUESDAY,
                    LocalTime.of(10, 0),
                    HomeVisitPurpose.APPLICATION,
                    DocumentKind.EID,
                    "eid-application",
                    unreachable,
                    null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                visit(
                    NOW.toLocalDate(),
                    LocalTime.of(7, 0),
                    HomeVisitPurpose.APPLICATION,
                    DocumentKind.EID,
                    "eid-application",
                    CITIZEN,
                    null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("later");
  }
}
