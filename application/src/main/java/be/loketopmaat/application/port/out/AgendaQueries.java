package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.DeskBlock;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDate;
import java.util.List;

/** The appointments as the counter and the reminders read them: by day. */
public interface AgendaQueries {

  /** Every appointment of the day at the location, open or closed, by start. */
  List<Appointment> findByLocationAndDay(LocationCode location, LocalDate day);

  /** The desk time blocked by staff that starts on that day at the location, by start and desk. */
  List<DeskBlock> findBlocks(LocationCode location, LocalDate day);

  /** Every still-booked appointment on that day, any location. */
  List<Appointment> findBookedOn(LocalDate day);
}
