package be.loketopmaat.domain.appointment;

import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Time a desk is taken: by an appointment, a live hold, or blocked by staff. Start inclusive, end exclusive.
 * {@code id} is that of the appointment or hold, so that a moved appointment can leave its own time aside.
 */
public record DeskTime(UUID id, LocationCode location, String desk, LocalDateTime start, LocalDateTime end) {
  public boolean overlaps(LocalDateTime otherStart, LocalDateTime otherEnd) {
    return start.isBefore(otherEnd) && otherStart.isBefore(end);
  }
}
