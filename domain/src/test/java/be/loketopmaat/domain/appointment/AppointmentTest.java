package be.loketopmaat.domain.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.LocationCode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppointmentTest {
  static final LocalDateTime NINE = LocalDateTime.of(2026, 11, 23, 9, 0);
  static final Duration GRACE = Duration.ofMinutes(10);

  static Appointment booked() {
    Citizen citizen =
        new Citizen(
            NationalNumber.of("85073100328"), "An Peeters", "an@example.be", null, Language.NL);
    return Appointment.book(
        AppointmentReference.random(),
        ManagementCode.hash("secret"),
        "desk-1",
        new Slot(new LocationCode("hub"), NINE, NINE.plusMinutes(20)),
        List.of(new ProductCode("eid-application")),
        1,
        citizen,
        Channel.E_COUNTER);
  }

  @Test
  void theVisitFromBookingToCompletion() {
    Appointment done =
        booked()
            .checkIn(NINE.minusMinutes(15), GRACE)
            .call(NINE.plusMinutes(1))
            .complete(NINE.plusMinutes(18));
    assertThat(done.status()).isEqualTo(AppointmentStatus.COMPLETED);
    assertThat(done.checkedInAt()).isEqualTo(NINE.minusMinutes(15));
    assertThat(done.calledAt()).isEqualTo(NINE.plusMinutes(1));
    assertThat(done.closedAt()).isEqualTo(NINE.plusMinutes(18));
  }

  @Test
  void checkInIsOnTheDayAndWithinTheGracePeriod() {
    assertThatThrownBy(() -> booked().checkIn(NINE.minusDays(1), GRACE))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).reason())
        .isEqualTo("not-today");
    assertThatThrownBy(() -> booked().checkIn(NINE.plusMinutes(11), GRACE))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).reason())
        .isEqualTo("too-late");
    assertThat(booked().checkIn(NINE.plusMinutes(10), GRACE).status())
        .isEqualTo(AppointmentStatus.CHECKED_IN);
  }

  @Test
  void aNoShowOnlyAfterTheGracePeriod() {
    assertThatThrownBy(() -> booked().markNoShow(NINE.plusMinutes(10), GRACE))
        .isInstanceOf(ConflictException.class);
    assertThat(booked().markNoShow(NINE.plusMinutes(11), GRACE).status())
        .isEqualTo(AppointmentStatus.NO_SHOW);
    assertThatThrownBy(() -> booked().checkIn(NINE, GRACE).markNoShow(NINE.plusHours(1), GRACE))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void cancelledBeforeItStartsAndNeverTwice() {
    Appointment cancelled = booked().cancel(NINE.minusHours(2));
    assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(cancelled.status().open()).isFalse();
    assertThatThrownBy(() -> cancelled.cancel(NINE.minusHours(1)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> booked().cancel(NINE)).isInstanceOf(ConflictException.class);
  }

  @Test
  void onlyACheckedInCitizenIsCalled() {
    assertThatThrownBy(() -> booked().call(NINE))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("checked-in");
  }

  @Test
  void referencesAreShortAndReadable() {
    AppointmentReference reference = AppointmentReference.random();
    assertThat(reference.value()).matches("[2-9A-HJKMNP-TV-Z]{3}-[2-9A-HJKMNP-TV-Z]{4}");
    assertThat(new AppointmentReference(" k7m-4qxd ").value()).isEqualTo("K7M-4QXD");
    assertThatThrownBy(() -> new AppointmentReference("K7M-4QX0"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void onlyTheHashOfTheManagementCodeIsKept() {
    String code = ManagementCode.generate();
    String hash = ManagementCode.hash(code);
    assertThat(code).hasSize(20);
    assertThat(hash).hasSize(64).doesNotContain(code);
    assertThat(ManagementCode.matches(code, hash)).isTrue();
    assertThat(ManagementCode.matches(code + "x", hash)).isFalse();
    assertThat(ManagementCode.matches(null, hash)).isFalse();
    assertThat(ManagementCode.generate()).isNotEqualTo(code);
  }

  @Test
  void aCitizenCanBeReached() {
    assertThatThrownBy(
            () -> Citizen.reachable(NationalNumber.of("85073100328"), "An", " ", null, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("e-mail address or a phone number");
    assertThat(
            new Citizen(NationalNumber.of("85073100328"), "An", null, "0470 12 34 56", null)
                .language())
        .isEqualTo(Language.NL);
  }
}
