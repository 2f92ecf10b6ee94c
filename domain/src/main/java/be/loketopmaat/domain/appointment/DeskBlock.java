package be.loketopmaat.domain.appointment;

import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDateTime;
import java.util.UUID;

/** Desk time staff take out of the agenda (a meeting, a broken camera): nobody can book it. */
public record DeskBlock(
    UUID id,
    LocationCode location,
    String desk,
    LocalDateTime start,
    LocalDateTime end,
    String reason) {
  public DeskBlock {
    new Violations().requireNonNull(id, "id").requireNonNull(location, "location").throwIfAny();
    check(desk, start, end, reason);
  }

  /** The rules of a block's own fields, for a command that asks for one before it exists. */
  public static void check(String desk, LocalDateTime start, LocalDateTime end, String reason) {
    Violations violations =
        new Violations()
            .requireText(desk, "desk", 60)
            .requireNonNull(start, "start")
            .requireNonNull(end, "end")
            .requireText(reason, "reason", 500);
    violations.throwIfAny();
    violations
        .require(start.isBefore(end), "end", "must be after start")
        .require(
            start.toLocalDate().equals(end.minusNanos(1).toLocalDate()),
            "end",
            "a block lies within one day")
        .throwIfAny();
  }
}
