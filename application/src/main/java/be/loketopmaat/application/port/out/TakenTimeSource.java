package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/** Where the taken desk time is read from: the ledger itself, or a view of it kept in memory. */
public interface TakenTimeSource {

  /**
   * Open appointments, holds not expired at {@code now}, and blocked time, overlapping [from, to).
   */
  List<DeskTime> takenTime(
      Collection<LocationCode> locations, LocalDateTime from, LocalDateTime to, LocalDateTime now);
}
