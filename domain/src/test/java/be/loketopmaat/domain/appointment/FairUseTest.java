package be.loketopmaat.domain.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.ConflictException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FairUseTest {
  private static final ProductCode EID = new ProductCode("eid-application");
  private static final ProductCode ATTEST = new ProductCode("attest-main-residence");
  private final FairUse fairUse = new FairUse(2, Duration.ofMinutes(30), 3);

  @Test
  void anotherAppointmentFitsUntilTheCitizenHasAsManyOpenAsAllowed() {
    Appointment eid = AppointmentTest.booked();

    assertThatCode(() -> fairUse.requireRoomFor(List.of(ATTEST), List.of(eid)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> fairUse.requireRoomFor(List.of(ATTEST), List.of(eid, eid)))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo("too-many-appointments"));
  }

  @Test
  void neverTwoOpenAppointmentsForOneProduct() {
    assertThatThrownBy(
            () -> fairUse.requireRoomFor(List.of(ATTEST, EID), List.of(AppointmentTest.booked())))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo("product-already-booked"));
  }

  @Test
  void aReleasedSlotCountsForTheCooldownOnly() {
    LocalDateTime now = LocalDateTime.of(2026, 11, 23, 9, 0);

    assertThat(fairUse.releasesCountSince(now)).isEqualTo(now.minusMinutes(30));
    assertThatCode(() -> fairUse.requireNotReleasedRecently(false)).doesNotThrowAnyException();
    assertThatThrownBy(() -> fairUse.requireNotReleasedRecently(true))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("recently-released"));
  }

  @Test
  void aClientKeepsNoMoreLiveHoldsThanAllowed() {
    assertThatCode(() -> fairUse.requireRoomForHold(2)).doesNotThrowAnyException();
    assertThatThrownBy(() -> fairUse.requireRoomForHold(3))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("too-many-holds"));
  }

  @Test
  void aSlotHeldAndGivenUpByTheSameClientStaysFreeForOthersForTheCooldown() {
    assertThatCode(() -> fairUse.requireNotHeldRecently(false)).doesNotThrowAnyException();
    assertThatThrownBy(() -> fairUse.requireNotHeldRecently(true))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("recently-held"));
  }

  @Test
  void refusesRulesThatCouldNotBeKept() {
    assertThatThrownBy(() -> new FairUse(0, Duration.ZERO, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FairUse(1, Duration.ofMinutes(-1), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FairUse(1, Duration.ZERO, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
