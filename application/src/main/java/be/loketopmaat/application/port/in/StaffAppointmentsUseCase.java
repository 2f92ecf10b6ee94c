package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.staff.StaffAction;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The contact centre and the counter help a citizen with their appointment without its management
 * code: find it, look at it, move or cancel it on their behalf, send them a fresh management link.
 * Every action is recorded with who did it, when and why, and the record is part of what staff see.
 */
public interface StaffAppointmentsUseCase {

  /**
   * The appointments that meet every criterion given, by start. Each one found is recorded as
   * listed for {@code by}: a search shows citizens' personal data too.
   */
  List<Appointment> search(Search search, StaffMember by);

  /**
   * The appointment with everything staff did to it. Looking is recorded too: a citizen's file is
   * personal data.
   *
   * @throws be.loketopmaat.application.NotFoundException for an unknown reference
   */
  AppointmentFile view(AppointmentReference reference, StaffMember by);

  /**
   * Moves the appointment for the citizen, for the reason they gave; the old slot is released only
   * once the new one is secured, and the citizen is told.
   *
   * @throws SlotTakenException when the new slot is taken, with the next free alternatives
   */
  Appointment reschedule(StaffReschedule command);

  /** Cancels the appointment for the citizen, for the reason they gave; the citizen is told. */
  Appointment cancel(AppointmentReference reference, StaffMember by, String reason);

  /**
   * Gives the appointment a new management code and sends the link with it to the e-mail address
   * and/or phone number on the booking, and only there. The old link stops working.
   */
  Appointment sendManagementLink(AppointmentReference reference, StaffMember by);

  /** An appointment and its record of staff actions, oldest first. */
  record AppointmentFile(Appointment appointment, List<StaffAction> history) {
    public AppointmentFile {
      history = List.copyOf(history);
    }
  }

  /** Where staff move an appointment to, and why. Valid once built. */
  record StaffReschedule(
      AppointmentReference reference,
      LocationCode location,
      LocalDateTime start,
      StaffMember by,
      String reason) {
    public StaffReschedule {
      new Violations()
          .requireNonNull(reference, "reference")
          .requireNonNull(location, "location")
          .requireNonNull(start, "start")
          .requireNonNull(by, "by")
          .throwIfAny();
    }
  }

  /**
   * What staff look appointments up by; at least one of reference, national number, name or day.
   * {@code name}: at least {@value #MIN_NAME} characters, any part of the name, ignoring case.
   */
  record Search(
      AppointmentReference reference,
      NationalNumber insz,
      String name,
      LocalDate day,
      LocationCode location,
      Integer limit) {
    public static final int MIN_NAME = 2;
    public static final int MAX_NAME = 200;
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public Search {
      name = name == null || name.isBlank() ? null : name.strip();
      new Violations()
          .require(
              reference != null || insz != null || name != null || day != null,
              "reference",
              "give a reference, a national number, a name or a date to search by")
          .require(
              name == null || (name.length() >= MIN_NAME && name.length() <= MAX_NAME),
              "name",
              "must be {0} to {1} characters",
              MIN_NAME,
              MAX_NAME)
          .require(
              limit == null || (limit >= 1 && limit <= MAX_LIMIT),
              "limit",
              "must be between 1 and {0}",
              MAX_LIMIT)
          .throwIfAny();
      limit = limit == null ? DEFAULT_LIMIT : limit;
    }
  }
}
