package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.CivilStatusDeclarationStore;
import be.loketopmaat.application.port.out.RegisterReads;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.federal.CitizenMailbox;
import be.loketopmaat.application.port.out.federal.CivilStatusRegistry;
import be.loketopmaat.application.port.out.federal.CivilStatusRegistry.RegistryRefusedException;
import be.loketopmaat.application.port.out.federal.FederalOutbox;
import be.loketopmaat.domain.civilstatus.CivilStatusMessages;
import be.loketopmaat.domain.civilstatus.Declaration;
import be.loketopmaat.domain.civilstatus.DeclarationState;
import be.loketopmaat.domain.civilstatus.Party;
import be.loketopmaat.domain.mailbox.MailboxRefusedException;
import be.loketopmaat.domain.mailbox.MessageKey;
import be.loketopmaat.domain.mailbox.Publication;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Sends the calls of civil-status declarations to DABS: {@link FederalOutbox.Call#CREATE_DRAFT_ACT}
 * (the declaration's id is the draft's idempotency key), {@link FederalOutbox.Call#SIGN_ACT} (the
 * officer's signature; the act signed, its extract's delivery is queued in the same transaction)
 * and {@link FederalOutbox.Call#DELIVER_EXTRACT} (the extract to the declarant's eBox under the
 * declaration's id as key, or to the post queue without consent). A refusal of DABS fails the
 * declaration for staff; DABS or the eBox down throws, and the call is tried again: nothing is
 * lost, nothing made or delivered twice. Every person of a declaration sent to DABS, and the
 * declarant whose extract is read, is recorded as a read of register data first.
 */
public final class CivilStatusCalls implements OutboxCallSender {
  public static final String DECLARATION_PURPOSE = "civil-status declaration";
  public static final String EXTRACT_PURPOSE = "civil-status extract";

  private final CivilStatusDeclarationStore declarations;
  private final CivilStatusRegistry registry;
  private final CitizenMailbox mailbox;
  private final RegisterReads reads;
  private final FederalOutbox outbox;
  private final Transactions transactions;
  private final Clock clock;

  public CivilStatusCalls(
      CivilStatusDeclarationStore declarations,
      CivilStatusRegistry registry,
      CitizenMailbox mailbox,
      RegisterReads reads,
      FederalOutbox outbox,
      Transactions transactions,
      Clock clock) {
    this.declarations = declarations;
    this.registry = registry;
    this.mailbox = mailbox;
    this.reads = reads;
    this.outbox = outbox;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public Set<FederalOutbox.Call> calls() {
    return Set.of(
        FederalOutbox.Call.CREATE_DRAFT_ACT,
        FederalOutbox.Call.SIGN_ACT,
        FederalOutbox.Call.DELIVER_EXTRACT);
  }

  @Override
  public void send(FederalOutbox.Entry entry, int attempts) {
    Declaration declaration =
        declarations
            .find(entry.subject())
            .orElseThrow(() -> new Undeliverable("no civil-status declaration " + entry.subject()));
    Runnable done = () -> outbox.markDone(entry.id(), attempts);
    switch (entry.call()) {
      case CREATE_DRAFT_ACT -> draft(declaration, done);
      case SIGN_ACT -> sign(declaration, done);
      case DELIVER_EXTRACT -> deliver(declaration, done);
      default -> throw new Undeliverable("not a civil-status call: " + entry.call());
    }
  }

  private void draft(Declaration declaration, Runnable done) {
    if (declaration.state() != DeclarationState.SUBMITTED) {
      apply(declaration, null, null, done); // drafted before: the answer was lost after it
      return;
    }
    reads.recordAll(
        declaration.parties().stream()
            .map(Party::insz)
            .filter(Objects::nonNull)
            .map(
                insz ->
                    new RegisterReads.Read(
                        insz, DECLARATION_PURPOSE, "e-counter", now(), declaration.id().toString()))
            .toList());
    try {
      CivilStatusRegistry.DraftAct draft = registry.createDraft(declaration);
      apply(declaration, d -> d.drafted(draft.draftId(), now()), null, done);
    } catch (RegistryRefusedException refused) {
      apply(declaration, d -> d.failed(refused.getMessage(), now()), null, done);
    }
  }

  private void sign(Declaration declaration, Runnable done) {
    if (declaration.state() != DeclarationState.SIGNING) {
      apply(declaration, null, null, done);
      return;
    }
    try {
      CivilStatusRegistry.SignedAct act =
          registry.sign(declaration.draftId(), declaration.signedBy());
      apply(
          declaration,
          d -> d.signed(act.actNumber(), now()),
          () -> outbox.enqueue(FederalOutbox.Call.DELIVER_EXTRACT, declaration.id(), now()),
          done);
    } catch (RegistryRefusedException refused) {
      apply(declaration, d -> d.failed(refused.getMessage(), now()), null, done);
    }
  }

  private void deliver(Declaration declaration, Runnable done) {
    if (declaration.state() != DeclarationState.SIGNED) {
      apply(declaration, null, null, done);
      return;
    }
    reads.record(
        new RegisterReads.Read(
            declaration.declarant(),
            EXTRACT_PURPOSE,
            declaration.signedBy(),
            now(),
            declaration.id().toString()));
    byte[] pdf;
    try {
      pdf = registry.extract(declaration.actNumber(), declaration.language()).pdf();
    } catch (RegistryRefusedException refused) {
      throw new Undeliverable("DABS refused the extract: " + refused.getMessage());
    }
    Runnable keep = () -> declarations.keepForPrint(declaration.id(), pdf);
    if (!mailbox.hasConsent(declaration.declarant())) {
      apply(declaration, d -> d.extractPosted(now()), keep, done);
      return;
    }
    try {
      Publication publication =
          mailbox.publish(
              CivilStatusMessages.message(declaration, pdf),
              new MessageKey(declaration.id().toString()));
      apply(declaration, d -> d.extractDelivered(publication.messageId(), now()), null, done);
    } catch (MailboxRefusedException refused) {
      // No consent after all (withdrawn meanwhile), or a message the eBox will not take: by post.
      apply(declaration, d -> d.extractPosted(now()), keep, done);
    }
  }

  /**
   * Applies {@code step} (if any) over the state the declaration was read in, runs {@code also} (if
   * any) and marks the call done, all in one transaction.
   */
  private void apply(
      Declaration declaration, UnaryOperator<Declaration> step, Runnable also, Runnable done) {
    transactions.inTransaction(
        () -> {
          if (step != null) {
            Declaration next = step.apply(declaration);
            if (next != declaration && !declarations.update(next, declaration.state())) {
              throw new IllegalStateException(
                  "civil-status declaration " + declaration.id() + " was changed meanwhile");
            }
            if (also != null) {
              also.run();
            }
          }
          done.run();
          return null;
        });
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
