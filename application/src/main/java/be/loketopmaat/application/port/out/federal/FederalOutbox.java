package be.loketopmaat.application.port.out.federal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The calls the city owes the federal systems, written in the transaction of the change that causes
 * them, so that a change is never made without its call, nor a call sent for a change rolled back.
 * A worker sends them when the system answers; nothing in here is lost while it is down. Times are
 * the city's local date-times.
 */
public interface FederalOutbox {

  /** What is to be asked of which system. */
  enum Call {
    /** Order the document of a recorded application from the card production. */
    ORDER_DOCUMENT,
    /** Activate the card handed over. */
    ACTIVATE_DOCUMENT,
    /** Report to BelDrive that the driving licence was handed over. */
    REPORT_DELIVERED,
    /** Tell the card production that a document nobody came for goes back to it. */
    RETURN_DOCUMENT,
    /** Put a planned home visit on its team's biometrics kit. */
    LOAD_VISIT,
    /** Take a cancelled home visit off its team's biometrics kit. */
    UNLOAD_VISIT,
    /** Order a letter with new PIN/PUK codes from the card production. */
    ORDER_CODES,
    /** Ask the population register for an attest and deliver it (eBox, post queue or staff). */
    DELIVER_ATTEST,
    /** Make the draft act of a civil-status declaration in DABS. */
    CREATE_DRAFT_ACT,
    /** Send the civil-status officer's signature of a draft act to DABS. */
    SIGN_ACT,
    /** Fetch the extract of a signed act from DABS and deliver it (eBox or post queue). */
    DELIVER_EXTRACT
  }

  /** Where a call stands. */
  enum Status {
    QUEUED,
    DONE,
    FAILED
  }

  /**
   * One call about {@code subject} (e.g. a document order's or a home visit's id), which is also
   * its idempotency key towards the system.
   */
  record Entry(
      long id,
      Call call,
      UUID subject,
      Status status,
      int attempts,
      LocalDateTime createdAt,
      LocalDateTime nextAttemptAt,
      String lastError) {}

  /** Queues the call once per call and subject; false when it was queued before. */
  boolean enqueue(Call call, UUID subject, LocalDateTime now);

  /**
   * Claims up to {@code limit} queued calls due at {@code now}, oldest first, and moves their next
   * attempt to {@code leaseUntil}; concurrent workers never get the same call.
   */
  List<Entry> claimDue(LocalDateTime now, LocalDateTime leaseUntil, int limit);

  void markDone(long id, int attempts);

  void markRetry(long id, int attempts, LocalDateTime nextAttemptAt, String error);

  /** After this failure the call is given up on (status FAILED), for staff to look at. */
  void markDead(long id, int attempts, String error);

  /** How many calls are in {@code status}. */
  long count(Status status);

  /** The calls in {@code status}, oldest first, at most {@code limit}. */
  List<Entry> list(Status status, int limit);

  /**
   * Queues a failed call again, due at {@code now}, with its attempts reset; false when {@code id}
   * is no failed call.
   */
  boolean retry(long id, LocalDateTime now);
}
