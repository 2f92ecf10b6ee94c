package be.loketopmaat.domain.appointment;

import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Time a desk is taken: by an appointment, a live hold, or blocked by staff. Start inclusive, end
 * exclusive. {@code id} is that of the appointment or hold, so that a moved appointment can leave
 * its own time aside. {@code expiresAt} is a hold's end of life, and null for what does not expire.
 */
public record DeskTime(
    UUID id,
    LocationCode location,
    String desk,
    LocalDateTime start,
    LocalDateTime end,
    LocalDateTime expiresAt) {

  /** Time that does not expire: an appointment's or a block's. */
  public DeskTime(
      UUID id, LocationCode location, String desk, LocalDateTime start, LocalDateTime end) {
    this(id, location, desk, start, end, null);
  }

  /** Whether it still takes the desk at {@code now}: a hold no longer does once it has expired. */
  public boolean takenAt(LocalDateTime now) {
    return expiresAt == null || expiresAt.isAfter(now);
  }

  public boolean overlaps(LocalDateTime otherStart, LocalDateTime otherEnd) {
    return start.isBefore(otherEnd) && otherStart.isBefore(end);
  }
}
