package be.loketopmaat.domain.staff;

import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.common.Violations;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of the record of what staff did to citizens' appointments: who, when, what and why.
 * Lines are only ever added, never changed.
 */
public record StaffAction(
    UUID id,
    AppointmentReference appointment,
    StaffMember by,
    Instant at,
    StaffActionKind kind,
    String detail,
    String reason) {
  public static final int MAX_DETAIL = 500;
  public static final int MAX_REASON = 500;

  public StaffAction {
    reason = reason == null || reason.isBlank() ? null : reason.strip();
    new Violations()
        .requireNonNull(id, "id")
        .requireNonNull(appointment, "appointment")
        .requireNonNull(by, "by")
        .requireNonNull(at, "at")
        .requireNonNull(kind, "kind")
        .require(detail == null || detail.length() <= MAX_DETAIL, "detail", "is too long")
        .require(
            reason == null || reason.length() <= MAX_REASON,
            "reason",
            "must be at most {0} characters",
            MAX_REASON)
        .require(
            kind == null || !kind.needsReason() || reason != null,
            "reason",
            "is required: say why, for the citizen's record")
        .throwIfAny();
  }

  public static StaffAction of(
      AppointmentReference appointment,
      StaffMember by,
      Instant at,
      StaffActionKind kind,
      String detail,
      String reason) {
    return new StaffAction(UUID.randomUUID(), appointment, by, at, kind, detail, reason);
  }

  /**
   * The reason staff give for an action that needs one, checked before anything changes.
   *
   * @throws be.loketopmaat.domain.common.InvalidInputException when it is missing or too long
   */
  public static String requireReason(String reason) {
    String stripped = reason == null ? null : reason.strip();
    new Violations().requireText(stripped, "reason", MAX_REASON).throwIfAny();
    return stripped;
  }
}
