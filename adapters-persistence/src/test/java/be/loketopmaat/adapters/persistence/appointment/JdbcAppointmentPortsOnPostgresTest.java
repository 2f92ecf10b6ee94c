package be.loketopmaat.adapters.persistence.appointment;

import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.DESK;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.HUB;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.OTHER_DESK;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.block;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.booked;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.hold;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.persistence.jdbc.DatabaseProperties;
import be.loketopmaat.application.port.out.DeskTimeTakenException;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.appointment.Hold;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract on PostgreSQL, and what only PostgreSQL adds: its exclusion constraint refuses
 * overlapping desk time even from a writer that took no lock.
 */
// Not transactional: the specs must see what is committed, and some run work on several threads.
@MicronautTest(transactional = false)
class JdbcAppointmentPortsOnPostgresTest extends JdbcAppointmentPortsContract
    implements TestPropertyProvider {
  @Override
  public Map<String, String> getProperties() {
    return DatabaseProperties.postgres("persistence_it_appointments");
  }

  @Test
  void refusesAnOverlappingAppointmentOnTheSameDeskEvenWithoutTheLock() {
    Appointment first = booked(1, DESK, slot(HUB, TEN, 20));
    appointments.insert(first);
    Appointment overlapping = booked(2, DESK, slot(HUB, TEN.plusMinutes(10), 20));
    Appointment otherDesk = booked(3, OTHER_DESK, slot(HUB, TEN.plusMinutes(10), 20));
    Appointment rightAfter = booked(4, DESK, slot(HUB, TEN.plusMinutes(20), 20));

    assertThatThrownBy(() -> appointments.insert(overlapping))
        .isInstanceOf(DeskTimeTakenException.class);
    appointments.insert(otherDesk);
    appointments.insert(rightAfter);

    assertThat(appointments.findByReference(overlapping.reference())).isEmpty();
    assertThat(taken(Set.of(HUB), TEN, TEN.plusHours(1)))
        .extracting(DeskTime::id)
        .containsExactlyInAnyOrder(first.id(), otherDesk.id(), rightAfter.id());
  }

  @Test
  void refusesHoldsAndBlocksOverAnotherRowsTime() {
    appointments.insert(booked(1, DESK, slot(HUB, TEN, 20)));

    assertThatThrownBy(
            () ->
                appointments.insertHold(
                    hold(DESK, slot(HUB, TEN.minusMinutes(10), 20), NOW.plusMinutes(10))))
        .isInstanceOf(DeskTimeTakenException.class);
    assertThatThrownBy(
            () -> appointments.insertBlock(block(DESK, slot(HUB, TEN.minusHours(1), 120))))
        .isInstanceOf(DeskTimeTakenException.class);
  }

  @Test
  void refusesToMoveAnAppointmentOntoTakenTime() {
    Appointment staying = booked(1, DESK, slot(HUB, TEN, 20));
    Appointment moving = booked(2, OTHER_DESK, slot(HUB, TEN, 20));
    appointments.insert(staying);
    appointments.insert(moving);

    assertThatThrownBy(
            () -> appointments.update(moving.movedTo(slot(HUB, TEN.plusMinutes(10), 20), DESK)))
        .isInstanceOf(DeskTimeTakenException.class);

    assertThat(appointments.findByReference(moving.reference())).contains(moving);
  }

  @Test
  void anExpiredHoldStandsInTheConstraintsWayUntilItIsReleased() {
    Hold expired = hold(DESK, slot(HUB, TEN, 20), NOW.minusMinutes(1));
    appointments.insertHold(expired);

    assertThatThrownBy(() -> appointments.insert(booked(1, DESK, slot(HUB, TEN, 20))))
        .isInstanceOf(DeskTimeTakenException.class);

    appointments.releaseExpiredHolds(HUB, DESK, NOW);
    appointments.insert(booked(1, DESK, slot(HUB, TEN, 20)));
  }
}
