package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDate;

/**
 * Tells of desk time changed by any instance that shares the database, once the change is
 * committed, so that a view of taken time kept in memory stays right across instances. An adapter
 * that cannot tell (a database only one instance can open) delivers nothing: each instance then
 * tells its view itself.
 */
public interface DeskTimeChanges {

  /** Starts delivering to {@code listener}, on a thread of the adapter's. */
  void listen(Listener listener);

  /** What a view hears. */
  interface Listener {
    /** Desk time of this location starting on this day changed: appointments, holds or blocks. */
    void changed(LocationCode location, LocalDate day);

    /**
     * This desk time was taken (a row was written): an appointment, a hold or a block. A listener
     * that keeps days may add it to the day it starts on instead of forgetting that day; by
     * default, the day is forgotten.
     */
    default void taken(DeskTime time) {
      changed(time.location(), time.start().toLocalDate());
    }

    /**
     * Changes may have been missed (the feed connected again, or fell behind): forget everything.
     */
    void mayHaveMissedChanges();
  }
}
