package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Booking an appointment, from a hold or directly. A slot is never taken twice: a lost race answers
 * {@link SlotTakenException} with the next free alternatives.
 */
public interface BookAppointmentUseCase {

  /**
   * Books. A retried command with the same idempotency key (and the same content) returns the first
   * booking and books nothing new.
   */
  Booking book(BookCommand command);

  /**
   * The same, by a member of staff for a citizen (on the phone, at the desk); recorded with who
   * booked.
   */
  Booking bookFor(BookCommand command, StaffMember by);

  /**
   * The two ways to book. Both name the citizen and the channel it came through; {@code client}
   * scopes the idempotency key (two clients may use the same key), which may be null.
   */
  sealed interface BookCommand permits FromHold, Direct {
    Citizen citizen();

    Channel channel();

    String client();

    String idempotencyKey();
  }

  /** Confirms a hold: the slot, the products and the desk are the hold's. Valid once built. */
  record FromHold(UUID hold, Citizen citizen, Channel channel, String client, String idempotencyKey)
      implements BookCommand {
    public FromHold {
      new Violations()
          .requireNonNull(hold, "hold")
          .requireNonNull(citizen, "citizen")
          .requireNonNull(channel, "channel")
          .requireNonNull(client, "client")
          .throwIfAny();
    }
  }

  /** Books a slot without holding it first. Valid once built. */
  record Direct(
      What what,
      LocationCode location,
      LocalDateTime start,
      Citizen citizen,
      Channel channel,
      String client,
      String idempotencyKey)
      implements BookCommand {
    public Direct {
      new Violations()
          .requireNonNull(what, "products")
          .requireNonNull(location, "location")
          .requireNonNull(start, "start")
          .requireNonNull(citizen, "citizen")
          .requireNonNull(channel, "channel")
          .requireNonNull(client, "client")
          .throwIfAny();
    }
  }

  /** The appointment and, once only, its management code in clear. */
  record Booking(Appointment appointment, String managementCode) {}
}
