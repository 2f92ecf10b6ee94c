package be.loketopmaat.application.port.out.contract;

import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.HUB;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.booked;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.application.port.out.StaffActionLog;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.staff.StaffAction;
import be.loketopmaat.domain.staff.StaffActionKind;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every record of staff actions must do: keep each line whole, per appointment, in order. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StaffActionLogContract {
  private static final LocalDateTime TEN = LocalDateTime.of(2027, 3, 2, 10, 0);
  private static final Instant AT = Instant.parse("2027-03-01T08:00:00.123456Z");
  private static final StaffMember AGENT = new StaffMember("sub-4711", "Els Agent");

  /** The log, the store its appointments live in, and the transactions they share. */
  public record Ports(StaffActionLog log, AppointmentStore store, Transactions transactions) {}

  protected StaffActionLog log;
  protected AppointmentStore store;
  protected Transactions transactions;

  /** Emptied of every appointment and staff action. */
  protected abstract Ports emptyPorts();

  @BeforeEach
  void startEmpty() {
    Ports ports = emptyPorts();
    log = ports.log();
    store = ports.store();
    transactions = ports.transactions();
  }

  @Test
  void givesBackEachLineWholeForItsAppointmentOldestFirst() {
    Appointment one = booked(1, "desk-1", slot(HUB, TEN, 20));
    Appointment other = booked(2, "desk-1", slot(HUB, TEN.plusHours(1), 20));
    store.insert(one);
    store.insert(other);
    StaffAction later =
        StaffAction.of(
            one.reference(),
            AGENT,
            AT.plusSeconds(60),
            StaffActionKind.MOVED,
            "to hub-centrum 2027-03-02T11:00",
            "the caller works at 10 — ça va");
    StaffAction first =
        StaffAction.of(one.reference(), AGENT, AT, StaffActionKind.VIEWED, null, null);
    StaffAction elsewhere =
        StaffAction.of(other.reference(), AGENT, AT, StaffActionKind.LINK_SENT, "to e-mail", null);

    transactions.inTransaction(
        () -> {
          log.record(later);
          log.record(first);
          log.record(elsewhere);
          return null;
        });

    assertThat(log.forAppointment(one.reference())).containsExactly(first, later);
    assertThat(log.forAppointment(other.reference())).containsExactly(elsewhere);
  }

  @Test
  void aLineWrittenInATransactionThatFailsIsNotKept() {
    Appointment one = booked(1, "desk-1", slot(HUB, TEN, 20));
    store.insert(one);

    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      log.record(
                          StaffAction.of(
                              one.reference(), AGENT, AT, StaffActionKind.CANCELLED, null, "ill"));
                      throw new IllegalStateException("the change failed");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(log.forAppointment(one.reference())).isEmpty();
  }
}
