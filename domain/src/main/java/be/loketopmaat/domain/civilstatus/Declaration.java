package be.loketopmaat.domain.civilstatus;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.common.Violations;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A citizen's electronic declaration to the civil-status officer (a birth, a recognition, a
 * marriage) and its road through DABS, the federal civil-status database: a draft act, which has no
 * legal value until the officer signs it, then the signed act, whose extract goes to the
 * declarant's eBox (or by post). Immutable: each step gives a new declaration; a step applied again
 * (an outbox retry after a lost answer) changes nothing, and an ended road cannot be left.
 *
 * <p>Only what the act needs is kept: the persons concerned (national numbers and names), the facts
 * the rules need, and where the declaration went. The act itself and its extract live in DABS; the
 * extract's PDF is kept only while it waits in the post queue.
 *
 * @param id the city's key, also the idempotency key towards DABS and the eBox
 * @param declarant who declares (signed in on the e-counter); receives the extract
 * @param language the language of the act's extract and of the messages to the declarant
 * @param relation for a birth, what ties the other parent to the mother; null otherwise
 * @param eventDate the child's birth date (a birth) or the intended wedding day (a marriage)
 * @param draftId DABS's id of the draft act, once DRAFTED
 * @param actNumber DABS's number of the signed act, once SIGNED
 * @param signedBy the officer who signed (their id), once SIGNING
 * @param mailboxMessageId the eBox's id of the message with the extract, once delivered there
 * @param reason why it went to the counter, when REFERRED
 * @param detail why the officer rejected it, or what DABS answered when it FAILED
 * @param handledBy the member of staff who rejected it, or printed its extract
 */
public record Declaration(
    UUID id,
    DeclarationKind kind,
    NationalNumber declarant,
    Language language,
    List<Party> parties,
    ParentRelation relation,
    LocalDate eventDate,
    DeclarationState state,
    LocalDateTime submittedAt,
    LocalDateTime changedAt,
    String draftId,
    String actNumber,
    String signedBy,
    String mailboxMessageId,
    CounterReason reason,
    String detail,
    String handledBy) {
  public static final int MAX_DETAIL = 500;
  public static final int MAX_PARTIES = 4;

  public Declaration {
    new Violations()
        .requireNonNull(id, "id")
        .requireNonNull(kind, "kind")
        .requireNonNull(declarant, "declarant")
        .requireNonNull(language, "language")
        .requireNonNull(parties, "parties")
        .requireNoNulls(parties, "parties")
        .requireNonNull(state, "state")
        .requireNonNull(submittedAt, "submittedAt")
        .requireNonNull(changedAt, "changedAt")
        .throwIfAny();
    parties = List.copyOf(parties);
    detail = shortened(detail);
  }

  /** What the citizen declares, as the e-counter sends it. */
  public record Facts(
      DeclarationKind kind,
      NationalNumber declarant,
      Language language,
      List<Party> parties,
      ParentRelation relation,
      LocalDate eventDate) {}

  /**
   * A new declaration: SUBMITTED (its draft is to be made in DABS), or REFERRED to the counter when
   * the law does not allow it electronically.
   *
   * @throws be.loketopmaat.domain.common.InvalidInputException when the facts do not make a
   *     declaration of their kind
   */
  public static Declaration submit(Facts facts, LocalDateTime now) {
    Objects.requireNonNull(facts, "facts");
    DeclarationRules.check(facts, now.toLocalDate());
    Optional<CounterReason> counter = DeclarationRules.whyNotElectronic(facts);
    return new Declaration(
        UUID.randomUUID(),
        facts.kind(),
        facts.declarant(),
        facts.language(),
        facts.parties(),
        facts.kind() == DeclarationKind.BIRTH ? facts.relation() : null,
        facts.eventDate(),
        counter.isPresent() ? DeclarationState.REFERRED : DeclarationState.SUBMITTED,
        now,
        now,
        null,
        null,
        null,
        null,
        counter.orElse(null),
        null,
        null);
  }

  /** The first person of the declaration in {@code role}, if any. */
  public Optional<Party> party(PartyRole role) {
    return parties.stream().filter(p -> p.role() == role).findFirst();
  }

  /** DABS made the draft act {@code id}. */
  public Declaration drafted(String id, LocalDateTime at) {
    if (state == DeclarationState.DRAFTED && Objects.equals(draftId, id)) {
      return this;
    }
    require(DeclarationState.SUBMITTED);
    new Violations().requireText(id, "draftId", 100).throwIfAny();
    return with(DeclarationState.DRAFTED, at, id, null, null, null, null);
  }

  /** The officer {@code officer} signed the draft; the signature goes to DABS. */
  public Declaration signing(String officer, LocalDateTime at) {
    if (state == DeclarationState.SIGNING && Objects.equals(signedBy, officer)) {
      return this;
    }
    if (state != DeclarationState.DRAFTED) {
      throw new ConflictException(
          "declaration-not-drafted",
          "only a declaration drafted in DABS can be signed or rejected; this one is {0}",
          state);
    }
    new Violations().requireText(officer, "signedBy", 200).throwIfAny();
    return with(DeclarationState.SIGNING, at, draftId, null, officer, null, null);
  }

  /** DABS holds the signed act {@code number}: the act has legal value. */
  public Declaration signed(String number, LocalDateTime at) {
    if (state == DeclarationState.SIGNED && Objects.equals(actNumber, number)) {
      return this;
    }
    require(DeclarationState.SIGNING);
    new Violations().requireText(number, "actNumber", 100).throwIfAny();
    return with(DeclarationState.SIGNED, at, draftId, number, signedBy, null, null);
  }

  /** The officer refused the draft, for {@code why}. */
  public Declaration rejected(String by, String why, LocalDateTime at) {
    if (state != DeclarationState.DRAFTED) {
      throw new ConflictException(
          "declaration-not-drafted",
          "only a declaration drafted in DABS can be signed or rejected; this one is {0}",
          state);
    }
    new Violations()
        .requireText(by, "handledBy", 200)
        .requireText(why, "reason", MAX_DETAIL)
        .throwIfAny();
    return with(DeclarationState.REJECTED, at, draftId, null, null, why, by);
  }

  /** DABS refused the declaration or its signature, as {@code answer} says: kept for staff. */
  public Declaration failed(String answer, LocalDateTime at) {
    if (state == DeclarationState.FAILED) {
      return this;
    }
    if (state != DeclarationState.SUBMITTED && state != DeclarationState.SIGNING) {
      requireOpen();
      throw new ConflictException(
          "declaration-not-with-dabs",
          "only a declaration on its way to DABS can fail there; this one is {0}",
          state);
    }
    return with(DeclarationState.FAILED, at, draftId, actNumber, signedBy, answer, null);
  }

  /** The extract lies in the declarant's eBox as message {@code messageId}. */
  public Declaration extractDelivered(String messageId, LocalDateTime at) {
    if (state == DeclarationState.EXTRACT_DELIVERED) {
      return this;
    }
    require(DeclarationState.SIGNED);
    new Violations().requireText(messageId, "mailboxMessageId", 100).throwIfAny();
    return new Declaration(
        id,
        kind,
        declarant,
        language,
        parties,
        relation,
        eventDate,
        DeclarationState.EXTRACT_DELIVERED,
        submittedAt,
        Objects.requireNonNull(at, "at"),
        draftId,
        actNumber,
        signedBy,
        messageId,
        null,
        null,
        null);
  }

  /** The declarant has no eBox consent: the extract waits in the print-and-mail queue. */
  public Declaration extractPosted(LocalDateTime at) {
    if (state == DeclarationState.EXTRACT_POSTED) {
      return this;
    }
    require(DeclarationState.SIGNED);
    return with(DeclarationState.EXTRACT_POSTED, at, draftId, actNumber, signedBy, null, null);
  }

  /** Staff printed the extract of the post queue and mailed it. */
  public Declaration printed(String by, LocalDateTime at) {
    if (state != DeclarationState.EXTRACT_POSTED) {
      throw new ConflictException(
          "extract-not-in-post-queue",
          "only an extract in the post queue can be marked printed; this declaration is {0}",
          state);
    }
    new Violations().requireText(by, "handledBy", 200).throwIfAny();
    return with(DeclarationState.EXTRACT_DELIVERED, at, draftId, actNumber, signedBy, null, by);
  }

  private void require(DeclarationState expected) {
    requireOpen();
    if (state != expected) {
      throw new ConflictException(
          "declaration-out-of-order",
          "the declaration is {0}, not {1}: this step does not follow",
          state,
          expected);
    }
  }

  private void requireOpen() {
    if (state.isEnded()) {
      throw new ConflictException(
          "declaration-ended", "the declaration has been dealt with already: it is {0}", state);
    }
  }

  private Declaration with(
      DeclarationState next,
      LocalDateTime at,
      String draft,
      String act,
      String officer,
      String more,
      String by) {
    return new Declaration(
        id,
        kind,
        declarant,
        language,
        parties,
        relation,
        eventDate,
        next,
        submittedAt,
        Objects.requireNonNull(at, "at"),
        draft,
        act,
        officer,
        null,
        reason,
        more,
        by);
  }

  private static String shortened(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    return stripped.length() <= MAX_DETAIL ? stripped : stripped.substring(0, MAX_DETAIL - 1) + "…";
  }
}
