package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.AttestRequestStore;
import be.loketopmaat.application.port.out.RegisterReads;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.federal.CitizenMailbox;
import be.loketopmaat.application.port.out.federal.FederalOutbox;
import be.loketopmaat.application.port.out.federal.PopulationRegister;
import be.loketopmaat.domain.attest.AttestChannel;
import be.loketopmaat.domain.attest.AttestMessages;
import be.loketopmaat.domain.attest.AttestRequest;
import be.loketopmaat.domain.attest.AttestRequestState;
import be.loketopmaat.domain.attest.ReferralReason;
import be.loketopmaat.domain.mailbox.MailboxRefusedException;
import be.loketopmaat.domain.mailbox.MessageKey;
import be.loketopmaat.domain.mailbox.Publication;
import be.loketopmaat.domain.population.Attest;
import be.loketopmaat.domain.population.NisCode;
import be.loketopmaat.domain.population.Person;
import be.loketopmaat.domain.population.RefusalReason;
import be.loketopmaat.domain.population.RegisterRefusedException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Sends {@link FederalOutbox.Call#DELIVER_ATTEST}: asks the population register for the person
 * (each read recorded first, purpose {@value #PURPOSE}), checks that they live in the city, gets
 * the attest, and publishes it in the citizen's eBox with the request's id as the idempotency key
 * (a retry after a lost answer never delivers twice); without eBox consent the PDF goes to the post
 * queue; what the rules cannot answer goes to staff with the reason. The outcome and the call's end
 * are one transaction. A register or eBox that cannot be reached throws: the call stays in the
 * outbox and is tried again, nothing is lost.
 */
public final class AttestDelivery implements OutboxCallSender {
  public static final String PURPOSE = "attest delivery";

  private final AttestRequestStore requests;
  private final PopulationRegister register;
  private final CitizenMailbox mailbox;
  private final RegisterReads reads;
  private final FederalOutbox outbox;
  private final Transactions transactions;
  private final NisCode city;
  private final Clock clock;

  public AttestDelivery(
      AttestRequestStore requests,
      PopulationRegister register,
      CitizenMailbox mailbox,
      RegisterReads reads,
      FederalOutbox outbox,
      Transactions transactions,
      NisCode city,
      Clock clock) {
    this.requests = requests;
    this.register = register;
    this.mailbox = mailbox;
    this.reads = reads;
    this.outbox = outbox;
    this.transactions = transactions;
    this.city = city;
    this.clock = clock;
  }

  @Override
  public Set<FederalOutbox.Call> calls() {
    return Set.of(FederalOutbox.Call.DELIVER_ATTEST);
  }

  @Override
  public void send(FederalOutbox.Entry entry, int attempts) {
    AttestRequest request =
        requests
            .find(entry.subject())
            .orElseThrow(() -> new Undeliverable("no attest request " + entry.subject()));
    Runnable done = () -> outbox.markDone(entry.id(), attempts);
    if (request.state() != AttestRequestState.RECEIVED) {
      finish(request, null, null, done); // dealt with before (an answer lost after it was stored)
      return;
    }
    Optional<Person> person;
    Attest attest;
    try {
      read(request);
      person = register.person(request.insz());
      Optional<ReferralReason> cannot = person.flatMap(this::whyNot);
      if (person.isEmpty() || cannot.isPresent()) {
        ReferralReason why = cannot.orElse(ReferralReason.UNKNOWN_PERSON);
        finish(request, r -> r.referred(why, explained(why), now()), null, done);
        return;
      }
      read(request);
      attest = register.attest(request.insz(), request.model(), request.language());
    } catch (RegisterRefusedException refused) {
      ReferralReason why =
          refused.reason() == RefusalReason.UNKNOWN_PERSON
              ? ReferralReason.UNKNOWN_PERSON
              : refused.reason() == RefusalReason.PERSON_DECEASED
                  ? ReferralReason.PERSON_DECEASED
                  : ReferralReason.REGISTER_REFUSED;
      String detail = refused.registerCode() + ": " + refused.getMessage();
      finish(request, r -> r.referred(why, detail, now()), null, done);
      return;
    }
    deliver(request, attest, done);
  }

  private void deliver(AttestRequest request, Attest attest, Runnable done) {
    if (!mailbox.hasConsent(request.insz())) {
      finish(request, r -> r.posted(now()), attest.pdf(), done);
      return;
    }
    try {
      Publication publication =
          mailbox.publish(
              AttestMessages.message(request, attest), new MessageKey(request.id().toString()));
      finish(request, r -> r.delivered(publication.messageId(), now()), null, done);
    } catch (MailboxRefusedException refused) {
      if (refused.reason() == MailboxRefusedException.Reason.NO_CONSENT) {
        // Consent withdrawn between the check and the publication: by post after all.
        finish(request, r -> r.posted(now()), attest.pdf(), done);
      } else {
        finish(
            request,
            r -> r.referred(ReferralReason.MAILBOX_REFUSED, refused.getMessage(), now()),
            null,
            done);
      }
    }
  }

  /** Why the rules cannot give this person an attest, if they cannot. */
  private Optional<ReferralReason> whyNot(Person person) {
    if (person.isDeceased()) {
      return Optional.of(ReferralReason.PERSON_DECEASED);
    }
    if (!person.isRegisteredIn(city)) {
      return Optional.of(ReferralReason.NOT_REGISTERED_IN_CITY);
    }
    return Optional.empty();
  }

  private String explained(ReferralReason why) {
    return switch (why) {
      case NOT_REGISTERED_IN_CITY ->
          "the register has the person's main residence outside municipality " + city;
      case UNKNOWN_PERSON -> "the register knows no person with this national number";
      case PERSON_DECEASED -> "the register has the person as deceased";
      default -> null;
    };
  }

  /** Every read of the person's register data is recorded before it is made. */
  private void read(AttestRequest request) {
    reads.record(
        new RegisterReads.Read(
            request.insz(),
            PURPOSE,
            request.channel() == AttestChannel.KIOSK ? "kiosk" : "e-counter",
            now(),
            request.id().toString()));
  }

  /**
   * Applies {@code step} (if any) over the state the request was read in, keeps {@code pdf} for the
   * post queue (if any) and marks the call done, all in one transaction.
   */
  private void finish(
      AttestRequest request, UnaryOperator<AttestRequest> step, byte[] pdf, Runnable done) {
    transactions.inTransaction(
        () -> {
          if (step != null) {
            AttestRequest next = step.apply(request);
            if (!requests.update(next, request.state())) {
              throw new IllegalStateException(
                  "attest request " + request.id() + " was changed meanwhile");
            }
            if (pdf != null) {
              requests.keepForPrint(request.id(), pdf);
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
