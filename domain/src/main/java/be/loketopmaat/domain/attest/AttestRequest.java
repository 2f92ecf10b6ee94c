package be.loketopmaat.domain.attest;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.population.AttestLanguage;
import be.loketopmaat.domain.population.AttestModel;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A citizen's request for an attest from the population register, delivered without staff: the
 * register is asked, and the PDF goes to the citizen's eBox, or by post when the citizen did not
 * consent to the eBox, or the request goes to staff with the reason when the rules cannot answer
 * it. Immutable: each step gives a new request, and a step applied again (an outbox retry after a
 * lost answer) changes nothing.
 *
 * <p>Only what the purpose needs is kept: who asked for which attest, in which language, through
 * which channel, where it went. No register data (name, address) and no PDF: the post queue keeps
 * the PDF beside the request until it is printed.
 *
 * @param id the city's key, also the idempotency key towards the eBox
 * @param mailboxMessageId the eBox's id of the message, once DELIVERED
 * @param reason why it was REFERRED, or null
 * @param detail what more there is to say about the referral (e.g. the register's code), or null
 * @param handledBy the member of staff who printed or resolved it, or null
 * @param note what staff did with a referred request, once RESOLVED
 */
public record AttestRequest(
    UUID id,
    NationalNumber insz,
    AttestModel model,
    AttestLanguage language,
    AttestChannel channel,
    AttestRequestState state,
    LocalDateTime receivedAt,
    LocalDateTime changedAt,
    String mailboxMessageId,
    ReferralReason reason,
    String detail,
    String handledBy,
    String note) {
  public static final int MAX_DETAIL = 500;
  public static final int MAX_NOTE = 1000;

  public AttestRequest {
    new Violations()
        .requireNonNull(id, "id")
        .requireNonNull(insz, "insz")
        .requireNonNull(model, "model")
        .requireNonNull(language, "language")
        .requireNonNull(channel, "channel")
        .requireNonNull(state, "state")
        .requireNonNull(receivedAt, "receivedAt")
        .requireNonNull(changedAt, "changedAt")
        .throwIfAny();
    detail = shortened(detail, MAX_DETAIL);
  }

  /** A new request, as the e-counter or a kiosk sends it: its delivery is queued. */
  public static AttestRequest receive(
      NationalNumber insz,
      AttestModel model,
      AttestLanguage language,
      AttestChannel channel,
      LocalDateTime now) {
    return new AttestRequest(
        UUID.randomUUID(),
        insz,
        model,
        language,
        channel,
        AttestRequestState.RECEIVED,
        now,
        now,
        null,
        null,
        null,
        null,
        null);
  }

  /** The attest was published in the citizen's eBox as message {@code messageId}. */
  public AttestRequest delivered(String messageId, LocalDateTime at) {
    if (state == AttestRequestState.DELIVERED) {
      return this;
    }
    requireReceived();
    new Violations().requireText(messageId, "mailboxMessageId", 100).throwIfAny();
    return with(AttestRequestState.DELIVERED, at, messageId, null, null, null, null);
  }

  /** The citizen has no eBox consent: the attest waits in the print-and-mail queue. */
  public AttestRequest posted(LocalDateTime at) {
    if (state == AttestRequestState.POSTED) {
      return this;
    }
    requireReceived();
    return with(AttestRequestState.POSTED, at, null, null, null, null, null);
  }

  /** The rules cannot answer the request: it goes to the staff's work queue with the reason. */
  public AttestRequest referred(ReferralReason why, String more, LocalDateTime at) {
    Objects.requireNonNull(why, "why");
    if (state == AttestRequestState.REFERRED && why == reason) {
      return this;
    }
    requireReceived();
    return with(AttestRequestState.REFERRED, at, null, why, more, null, null);
  }

  /** Staff printed the attest of the post queue and mailed it. */
  public AttestRequest printed(String by, LocalDateTime at) {
    if (state != AttestRequestState.POSTED) {
      throw new ConflictException(
          "attest-not-in-post-queue",
          "only an attest in the post queue can be marked printed; this request is {0}",
          state);
    }
    new Violations().requireText(by, "handledBy", 200).throwIfAny();
    return with(AttestRequestState.PRINTED, at, null, null, null, by, null);
  }

  /** Staff dealt with a referred request, as {@code what} says. */
  public AttestRequest resolved(String by, String what, LocalDateTime at) {
    if (state != AttestRequestState.REFERRED) {
      throw new ConflictException(
          "attest-not-referred",
          "only a request in the work queue can be resolved; this request is {0}",
          state);
    }
    new Violations()
        .requireText(by, "handledBy", 200)
        .requireText(what, "note", MAX_NOTE)
        .throwIfAny();
    return with(AttestRequestState.RESOLVED, at, null, reason, detail, by, what.strip());
  }

  private void requireReceived() {
    if (state != AttestRequestState.RECEIVED) {
      throw new ConflictException(
          "attest-request-ended", "the request has been dealt with already: it is {0}", state);
    }
  }

  private AttestRequest with(
      AttestRequestState next,
      LocalDateTime at,
      String messageId,
      ReferralReason why,
      String more,
      String by,
      String what) {
    return new AttestRequest(
        id,
        insz,
        model,
        language,
        channel,
        next,
        receivedAt,
        Objects.requireNonNull(at, "at"),
        messageId,
        why,
        more,
        by,
        what);
  }

  private static String shortened(String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
  }
}
