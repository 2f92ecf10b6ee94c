package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.CivilStatusDeclarationsUseCase;
import be.loketopmaat.application.port.out.CivilStatusDeclarationStore;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.federal.FederalOutbox;
import be.loketopmaat.domain.civilstatus.Declaration;
import be.loketopmaat.domain.civilstatus.DeclarationState;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Phrase;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Takes civil-status declarations (stored with their draft's call queued, in one transaction;
 * {@link CivilStatusCalls} sends it) and the officer's review: a signature is stored and queued for
 * DABS in one transaction too, so that DABS down never loses it nor answers the officer a 500. A
 * declaration the law does not allow electronically is stored REFERRED, for the counter to call the
 * citizen, and answered as a conflict with the legal reason.
 */
public final class CivilStatusDeclarationService implements CivilStatusDeclarationsUseCase {

  private final CivilStatusDeclarationStore declarations;
  private final FederalOutbox outbox;
  private final Transactions transactions;
  private final Duration retention;
  private final Clock clock;

  /**
   * @param retention how long a declaration is kept after its road ended
   */
  public CivilStatusDeclarationService(
      CivilStatusDeclarationStore declarations,
      FederalOutbox outbox,
      Transactions transactions,
      Duration retention,
      Clock clock) {
    this.declarations = declarations;
    this.outbox = outbox;
    this.transactions = transactions;
    this.retention = Objects.requireNonNull(retention, "retention");
    this.clock = clock;
  }

  @Override
  public Declaration submit(Declaration.Facts facts) {
    Objects.requireNonNull(facts, "facts");
    LocalDateTime now = LocalDateTime.now(clock);
    Declaration declaration = Declaration.submit(facts, now);
    transactions.inTransaction(
        () -> {
          declarations.insert(declaration);
          if (declaration.state() == DeclarationState.SUBMITTED) {
            outbox.enqueue(FederalOutbox.Call.CREATE_DRAFT_ACT, declaration.id(), now);
          }
          return null;
        });
    if (declaration.state() == DeclarationState.REFERRED) {
      throw new ConflictException(
          "declaration-referred",
          Phrase.of(
              "{0}. The declaration is kept as {1} for the counter, which contacts the declarant.",
              declaration.reason().legalReason(), declaration.id()));
    }
    return declaration;
  }

  @Override
  public Declaration get(UUID id) {
    Objects.requireNonNull(id, "id");
    return declarations
        .find(id)
        .orElseThrow(() -> new NotFoundException("civil-status declaration", id.toString()));
  }

  @Override
  public List<Declaration> inState(DeclarationState state, int limit) {
    Objects.requireNonNull(state, "state");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit", "must be between 1 and {0}", MAX_LIMIT);
    }
    return declarations.inState(state, limit);
  }

  @Override
  public Declaration sign(UUID id, StaffMember officer) {
    Objects.requireNonNull(officer, "officer");
    LocalDateTime now = LocalDateTime.now(clock);
    return step(
        id,
        d -> d.signing(officer.id(), now),
        signing -> outbox.enqueue(FederalOutbox.Call.SIGN_ACT, signing.id(), now));
  }

  @Override
  public Declaration reject(UUID id, String reason, StaffMember officer) {
    Objects.requireNonNull(officer, "officer");
    LocalDateTime now = LocalDateTime.now(clock);
    return step(id, d -> d.rejected(officer.id(), reason, now), rejected -> {});
  }

  @Override
  public byte[] printable(UUID id) {
    Declaration declaration = get(id);
    return declarations
        .printable(id)
        .filter(pdf -> declaration.state() == DeclarationState.EXTRACT_POSTED)
        .orElseThrow(() -> new NotFoundException("extract to print", id.toString()));
  }

  @Override
  public Declaration markPrinted(UUID id, StaffMember by) {
    Objects.requireNonNull(by, "by");
    LocalDateTime now = LocalDateTime.now(clock);
    return step(id, d -> d.printed(by.id(), now), printed -> {});
  }

  @Override
  public int forgetEnded() {
    return declarations.forgetEndedBefore(LocalDateTime.now(clock).minus(retention));
  }

  /** Applies {@code change} over the stored declaration and {@code then} on the result, at once. */
  private Declaration step(
      UUID id, Function<Declaration, Declaration> change, Consumer<Declaration> then) {
    Objects.requireNonNull(id, "id");
    return transactions.inTransaction(
        () -> {
          Declaration current = get(id);
          Declaration next = change.apply(current);
          if (next == current) {
            return current; // applied before: nothing to store, nothing to queue again
          }
          if (!declarations.update(next, current.state())) {
            throw new ConflictException(
                "changed-meanwhile", "the declaration was changed meanwhile; look at it again");
          }
          then.accept(next);
          return next;
        });
  }
}
