package be.loketopmaat.domain.appointment;

import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDateTime;

/** Time a desk is taken: by an appointment, a live hold, or blocked by staff. Start inclusive, end exclusive. */
public record DeskTime(LocationCode location, String desk, LocalDateTime start, LocalDateTime end) {
  public boolean overlaps(LocalDateTime otherStart, LocalDateTime otherEnd) {
    return start.isBefore(otherEnd) && otherStart.isBefore(end);
  }
}
