package be.loketopmaat.application.service;

import static be.loketopmaat.application.service.AppointmentTestKit.AN;
import static be.loketopmaat.application.service.AppointmentTestKit.EID;
import static be.loketopmaat.application.service.AppointmentTestKit.HUB;
import static be.loketopmaat.application.service.AppointmentTestKit.monday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Booking;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Direct;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.FromHold;
import be.loketopmaat.application.port.in.HoldSlotUseCase.HoldCommand;
import be.loketopmaat.application.port.in.ManageAppointmentUseCase.RescheduleCommand;
import be.loketopmaat.application.port.in.What;
import be.loketopmaat.domain.appointment.Hold;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.common.ClientId;
import be.loketopmaat.domain.common.ConflictException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Fair use of holds: a few live holds per client, a release that frees the slot at once. */
class HoldServiceTest {
  private static final ClientId HOARDER = ClientId.of("ip:192.0.2.66");
  private static final ClientId OTHER = ClientId.of("ip:192.0.2.7");

  private final AppointmentTestKit kit = new AppointmentTestKit();
  private final What eid = new What(List.of(EID), 1);

  @Test
  void aClientKeepsNoMoreLiveHoldsThanTheRulesAllowWhileOthersStillGetTheirs() {
    for (int i = 0; i < kit.rules.maxLiveHolds(); i++) {
      hold(HOARDER, monday(10, 20 * i));
    }

    assertThatThrownBy(() -> hold(HOARDER, monday(12, 0)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("too-many-holds"));
    assertThat(kit.store.holds).hasSize(kit.rules.maxLiveHolds());
    assertThat(hold(OTHER, monday(12, 0)).holder()).isEqualTo(OTHER);
  }

  @Test
  void aHoldThatExpiredOrWasConfirmedNoLongerCountsAgainstItsClient() {
    Hold first = hold(HOARDER, monday(10, 0));
    hold(HOARDER, monday(10, 20));
    hold(HOARDER, monday(10, 40));
    kit.booking.book(new FromHold(first.id(), AN, Channel.E_COUNTER, "c", null));

    hold(HOARDER, monday(11, 0)); // the confirmed one made room
    kit.clock.set(monday(8, 10));
    hold(HOARDER, monday(12, 0)); // and so did the three that expired
    hold(HOARDER, monday(12, 20));
    assertThat(kit.store.liveHolds(HOARDER, monday(8, 10))).isEqualTo(2);
  }

  @Test
  void aReleasedHoldFreesItsSlotAtOnceForOthersAndCannotBeConfirmed() {
    Hold hold = hold(HOARDER, monday(10, 0));

    kit.holds.release(hold.id());

    assertThat(hold(OTHER, monday(10, 0)).desk()).isEqualTo(hold.desk());
    assertThatThrownBy(
            () -> kit.booking.book(new FromHold(hold.id(), AN, Channel.E_COUNTER, "c", null)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("hold-expired"));
    assertThatThrownBy(() -> kit.holds.release(hold.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> kit.holds.release(UUID.randomUUID()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aReleaseMakesRoomForAnotherHoldButNotForTheSameSlotAgainDuringTheCooldown() {
    Hold hold = hold(HOARDER, monday(13, 0));
    kit.holds.release(hold.id());

    assertThatThrownBy(() -> hold(HOARDER, monday(13, 0)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("recently-held"));
    hold(HOARDER, monday(13, 20));

    kit.clock.set(monday(8, 0).plus(kit.rules.releaseCooldown()).plusMinutes(1));
    assertThat(hold(HOARDER, monday(13, 0)).start()).isEqualTo(monday(13, 0));
  }

  @Test
  void aHoldLeftToExpireCannotBeTakenBackAtOnceBySameClient() {
    hold(HOARDER, monday(13, 0));
    kit.clock.set(monday(8, 10));

    assertThatThrownBy(() -> hold(HOARDER, monday(13, 0)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("recently-held"));
    assertThat(hold(OTHER, monday(13, 0)).holder()).isEqualTo(OTHER);
  }

  @Test
  void rescheduleBackOntoASlotJustGivenUpIsRefusedDuringTheCooldown() {
    Booking booking =
        kit.booking.book(new Direct(eid, HUB, monday(13, 0), AN, Channel.E_COUNTER, "c", null));
    RescheduleCommand away =
        new RescheduleCommand(
            booking.appointment().reference(), booking.managementCode(), HUB, monday(14, 0));
    kit.manage.reschedule(away);

    RescheduleCommand back =
        new RescheduleCommand(
            booking.appointment().reference(), booking.managementCode(), HUB, monday(13, 0));
    assertThatThrownBy(() -> kit.manage.reschedule(back))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("recently-released"));
    assertThat(kit.manage.get(booking.appointment().reference(), booking.managementCode()).start())
        .isEqualTo(monday(14, 0));

    kit.clock.set(monday(8, 1).plus(kit.rules.releaseCooldown()));
    assertThat(kit.manage.reschedule(back).start()).isEqualTo(monday(13, 0));
  }

  private Hold hold(ClientId client, LocalDateTime start) {
    return kit.holds.hold(new HoldCommand(eid, HUB, start, null, client));
  }
}
