package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.Hold;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Holding a slot, booking it, and managing the appointment with its management code. A slot is never
 * taken twice: a lost race answers {@link SlotTakenException} with the next free alternatives.
 */
public interface BookAppointmentUseCase {

  /** Keeps a slot for a short while. {@code insz}, when known, lets fair use refuse a slot just released. */
  Hold hold(HoldCommand command);

  /**
   * Books from a hold or directly. A retried command with the same idempotency key (and the same content)
   * returns the first booking and books nothing new.
   */
  Booking book(BookCommand command);

  /** @throws be.loketopmaat.application.NotFoundException unless reference and code match */
  Appointment get(AppointmentReference reference, String managementCode);

  /** Moves the appointment: the old slot is released only once the new one is secured. */
  Appointment reschedule(AppointmentReference reference, String managementCode, LocationCode location,
      LocalDateTime start);

  Appointment cancel(AppointmentReference reference, String managementCode);

  record What(List<ProductCode> products, int persons) {
    public What {
      products = products == null ? List.of() : List.copyOf(products);
    }
  }

  record HoldCommand(What what, LocationCode location, LocalDateTime start, NationalNumber insz) {}

  /**
   * Either {@code holdId}, or {@code what} with {@code location} and {@code start}. {@code idempotencyKey}
   * may be null; {@code client} scopes it (two clients may use the same key).
   */
  record BookCommand(UUID holdId, What what, LocationCode location, LocalDateTime start, Citizen citizen,
      Channel channel, String client, String idempotencyKey) {}

  /** The appointment and, once only, its management code in clear. */
  record Booking(Appointment appointment, String managementCode) {}

  /** The slot was taken by someone else (or is no slot); here are the next free ones. */
  class SlotTakenException extends RuntimeException {
    private final transient List<Slot> alternatives;

    public SlotTakenException(String message, List<Slot> alternatives) {
      super(message);
      this.alternatives = List.copyOf(alternatives);
    }

    public List<Slot> alternatives() {
      return alternatives;
    }
  }
}
