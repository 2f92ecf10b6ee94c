package be.loketopmaat.domain.appointment;

import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.LocationCode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An appointment at one desk of one location. Times are the city's wall-clock time. Its transitions
 * follow the visit: booked, checked in on arrival, called to the desk, completed; or cancelled
 * beforehand, or a no-show once the grace period has passed.
 *
 * @param pickupOf the document order this appointment picks up, or null for an application (the
 *     products' own desk step)
 * @param sequence how often the citizen's calendar event changed since the booking (RFC 5545
 *     SEQUENCE): raised by a reschedule and by the cancellation, so that calendars apply them
 */
public record Appointment(
    UUID id,
    AppointmentReference reference,
    String managementCodeHash,
    LocationCode location,
    String desk,
    LocalDateTime start,
    LocalDateTime end,
    List<ProductCode> products,
    int persons,
    Citizen citizen,
    Channel bookedVia,
    AppointmentStatus status,
    LocalDateTime checkedInAt,
    LocalDateTime calledAt,
    LocalDateTime closedAt,
    UUID pickupOf,
    int sequence) {

  /** Whether this appointment collects a document made elsewhere, rather than applying. */
  public boolean isPickup() {
    return pickupOf != null;
  }

  /** The longest reason staff may give for a late check-in. */
  public static final int MAX_REASON = 500;

  public Appointment {
    products = List.copyOf(products);
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative: " + sequence);
    }
  }

  /** An application's appointment, just booked. */
  public static Appointment book(
      AppointmentReference reference,
      String managementCodeHash,
      String desk,
      Slot slot,
      List<ProductCode> products,
      int persons,
      Citizen citizen,
      Channel bookedVia) {
    return book(
        reference, managementCodeHash, desk, slot, products, persons, citizen, bookedVia, null);
  }

  /** An appointment just booked: an application, or the pickup of {@code pickupOf}. */
  public static Appointment book(
      AppointmentReference reference,
      String managementCodeHash,
      String desk,
      Slot slot,
      List<ProductCode> products,
      int persons,
      Citizen citizen,
      Channel bookedVia,
      UUID pickupOf) {
    if (!citizen.canBeReached()) {
      throw new be.loketopmaat.domain.common.InvalidInputException(
          "citizen.email", "give an e-mail address or a phone number, or both");
    }
    return new Appointment(
        UUID.randomUUID(),
        reference,
        managementCodeHash,
        slot.location(),
        desk,
        slot.start(),
        slot.end(),
        products,
        persons,
        citizen,
        bookedVia,
        AppointmentStatus.BOOKED,
        null,
        null,
        null,
        pickupOf,
        0);
  }

  public Appointment checkIn(LocalDateTime now, Duration grace) {
    require(
        status == AppointmentStatus.BOOKED,
        "not-booked",
        "only a booked appointment can check in; it is {0}",
        status);
    require(
        now.toLocalDate().equals(start.toLocalDate()),
        "not-today",
        "check-in is on the day of the appointment");
    require(
        !now.isAfter(start.plus(grace)),
        "too-late",
        "the grace period of {0} minutes after the start has passed",
        grace.toMinutes());
    return with(AppointmentStatus.CHECKED_IN, now, calledAt, closedAt);
  }

  /**
   * Staff check in a citizen who came after the grace period, for a reason they give (the tram was
   * late, the citizen waited at the wrong desk); still only on the day itself.
   */
  public Appointment checkInLate(LocalDateTime now, String reason) {
    if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
      throw new InvalidInputException(
          "lateReason",
          "a late check-in needs the reason it is allowed, of at most 500 characters");
    }
    require(
        status == AppointmentStatus.BOOKED,
        "not-booked",
        "only a booked appointment can check in; it is {0}",
        status);
    require(
        now.toLocalDate().equals(start.toLocalDate()),
        "not-today",
        "check-in is on the day of the appointment");
    return with(AppointmentStatus.CHECKED_IN, now, calledAt, closedAt);
  }

  public Appointment call(LocalDateTime now) {
    require(
        status == AppointmentStatus.CHECKED_IN,
        "not-checked-in",
        "only a checked-in citizen can be called; the appointment is {0}",
        status);
    return with(AppointmentStatus.CALLED, checkedInAt, now, closedAt);
  }

  public Appointment complete(LocalDateTime now) {
    require(
        status == AppointmentStatus.CALLED,
        "not-called",
        "only a called appointment can complete; it is {0}",
        status);
    return with(AppointmentStatus.COMPLETED, checkedInAt, calledAt, now);
  }

  public Appointment markNoShow(LocalDateTime now, Duration grace) {
    require(
        status == AppointmentStatus.BOOKED,
        "not-booked",
        "only a booked appointment can be a no-show; it is {0}",
        status);
    require(
        now.isAfter(start.plus(grace)),
        "grace-period",
        "a no-show is marked once {0} minutes after the start have passed",
        grace.toMinutes());
    return with(AppointmentStatus.NO_SHOW, checkedInAt, calledAt, now);
  }

  public Appointment cancel(LocalDateTime now) {
    require(
        status == AppointmentStatus.BOOKED,
        "not-booked",
        "only a booked appointment can be cancelled; it is {0}",
        status);
    require(
        now.isBefore(start),
        "started",
        "an appointment that has started can no longer be cancelled");
    return with(AppointmentStatus.CANCELLED, checkedInAt, calledAt, now);
  }

  /**
   * The same appointment at another slot and desk (rescheduling keeps reference, code and citizen).
   */
  public Appointment movedTo(Slot slot, String newDesk) {
    require(
        status == AppointmentStatus.BOOKED,
        "not-booked",
        "only a booked appointment can be rescheduled; it is {0}",
        status);
    return new Appointment(
        id,
        reference,
        managementCodeHash,
        slot.location(),
        newDesk,
        slot.start(),
        slot.end(),
        products,
        persons,
        citizen,
        bookedVia,
        status,
        checkedInAt,
        calledAt,
        closedAt,
        pickupOf,
        sequence + 1);
  }

  /**
   * The same appointment under a new management code: the old link stops working, the citizen gets
   * the new one. Only while it can still be managed (booked).
   */
  public Appointment withManagementCode(String newManagementCodeHash) {
    require(
        status == AppointmentStatus.BOOKED,
        "not-booked",
        "only a booked appointment gets a new management link; it is {0}",
        status);
    return new Appointment(
        id,
        reference,
        newManagementCodeHash,
        location,
        desk,
        start,
        end,
        products,
        persons,
        citizen,
        bookedVia,
        status,
        checkedInAt,
        calledAt,
        closedAt,
        pickupOf,
        sequence);
  }

  public Slot slot() {
    return new Slot(location, start, end);
  }

  private Appointment with(
      AppointmentStatus newStatus,
      LocalDateTime checkedIn,
      LocalDateTime called,
      LocalDateTime closed) {
    return new Appointment(
        id,
        reference,
        managementCodeHash,
        location,
        desk,
        start,
        end,
        products,
        persons,
        citizen,
        bookedVia,
        newStatus,
        checkedIn,
        called,
        closed,
        pickupOf,
        newStatus == AppointmentStatus.CANCELLED && status != AppointmentStatus.CANCELLED
            ? sequence + 1
            : sequence);
  }

  private static void require(boolean condition, String reason, String template, Object... args) {
    if (!condition) {
      throw new ConflictException(reason, template, args);
    }
  }
}
