package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.DeskBlock;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The appointments as the counter and the reminders read them: by day. */
public interface AgendaQueries {

  /** Every appointment of the day at the location, open or closed, by start. */
  List<Appointment> findByLocationAndDay(LocationCode location, LocalDate day);

  /** The desk time blocked by staff that starts on that day at the location, by start and desk. */
  List<DeskBlock> findBlocks(LocationCode location, LocalDate day);

  /** Every still-booked appointment on that day, any location. */
  List<Appointment> findBookedOn(LocalDate day);

  /**
   * The appointments that meet every criterion given, by start then reference, at most {@code
   * limit}.
   */
  List<Appointment> search(Criteria criteria);

  /**
   * What staff and citizens look appointments up by; a null criterion is not applied. {@code name}
   * matches any part of the citizen's name, ignoring case; e-mail ignores case; the others are
   * exact. {@code startsFrom} keeps appointments that start then or later; {@code bookedOnly} keeps
   * only those still booked.
   */
  record Criteria(
      AppointmentReference reference,
      NationalNumber insz,
      String name,
      String email,
      String phone,
      LocalDate day,
      LocationCode location,
      LocalDateTime startsFrom,
      boolean bookedOnly,
      int limit) {
    public Criteria {
      if (limit < 1) {
        throw new IllegalArgumentException("a search returns at least one appointment");
      }
    }
  }
}
