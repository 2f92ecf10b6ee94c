package be.loketopmaat.application.port.in;

import java.time.LocalDate;

/** The reminder the day before: queued once per appointment, whatever how often this runs. */
public interface RemindCitizensUseCase {

  /** Queues a reminder for every booked appointment on {@code day}; returns how many were new. */
  int remindAppointmentsOn(LocalDate day);
}
