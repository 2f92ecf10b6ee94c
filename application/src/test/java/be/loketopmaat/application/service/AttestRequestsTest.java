package be.loketopmaat.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.AttestRequestsUseCase.Request;
import be.loketopmaat.application.port.out.federal.CitizenMailbox;
import be.loketopmaat.application.port.out.federal.FederalOutbox.Call;
import be.loketopmaat.application.port.out.federal.FederalOutbox.Status;
import be.loketopmaat.application.port.out.federal.PopulationRegister;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.application.service.IdentityDocumentsTest.FakeProduction;
import be.loketopmaat.domain.attest.AttestChannel;
import be.loketopmaat.domain.attest.AttestRequest;
import be.loketopmaat.domain.attest.AttestRequestState;
import be.loketopmaat.domain.attest.ReferralReason;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.mailbox.DeliveryStatus;
import be.loketopmaat.domain.mailbox.MailboxMessage;
import be.loketopmaat.domain.mailbox.MessageKey;
import be.loketopmaat.domain.mailbox.Publication;
import be.loketopmaat.domain.population.Attest;
import be.loketopmaat.domain.population.AttestLanguage;
import be.loketopmaat.domain.population.AttestModel;
import be.loketopmaat.domain.population.Nationality;
import be.loketopmaat.domain.population.NisCode;
import be.loketopmaat.domain.population.Person;
import be.loketopmaat.domain.population.PersonName;
import be.loketopmaat.domain.population.RefusalReason;
import be.loketopmaat.domain.population.RegisterRefusedException;
import be.loketopmaat.domain.population.Residence;
import be.loketopmaat.domain.staff.StaffMember;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Attests delivered automatically, through the services on in-memory ports, a register and an eBox
 * that can go down: delivered in the eBox once, by post without consent, referred with the reason,
 * every register read recorded, and nothing lost or delivered twice across outages.
 */
class AttestRequestsTest {
  static final StaffMember CLERK = new StaffMember("clerk-1", "Clerk One");
  static final NationalNumber JAN = NationalNumber.of("85073100328");
  static final NationalNumber LIEN = NationalNumber.of("87041200535");
  static final NationalNumber PIETER = NationalNumber.of("92011502311");
  static final NationalNumber NOBODY = NationalNumber.of("93072103180");

  final AppointmentTestKit.MutableClock clock =
      new AppointmentTestKit.MutableClock(LocalDateTime.of(2026, 12, 4, 9, 0));
  final InMemoryDocuments documents = new InMemoryDocuments();
  final InMemoryAttestRequests requests = new InMemoryAttestRequests();
  final InMemoryRegisterReads reads = new InMemoryRegisterReads();
  final FakeRegister register = new FakeRegister();
  final FakeMailbox mailbox = new FakeMailbox();
  final AttestRequestService service =
      new AttestRequestService(requests, documents, documents, Duration.ofDays(90), clock);
  final FederalSync sync =
      new FederalSync(
          new FakeProduction(),
          new FakeLicenceRegister(),
          documents,
          documents,
          documents,
          new InMemoryOutbox(),
          new InMemoryProducts(),
          new InMemoryLocations(),
          documents,
          attempts -> Duration.ZERO,
          new FederalSync.Settings(NisCode.ANTWERP, 100, Duration.ofMinutes(5), 50),
          clock,
          new ManagementLinks(AppointmentTestKit.PUBLIC_URL),
          List.of(
              new AttestDelivery(
                  requests,
                  register,
                  mailbox,
                  reads,
                  documents,
                  documents,
                  NisCode.ANTWERP,
                  clock)));

  AttestRequest request(NationalNumber insz) {
    return service.request(
        new Request(
            insz, AttestModel.HOUSEHOLD_COMPOSITION, AttestLanguage.NL, AttestChannel.E_COUNTER));
  }

  @Test
  void anAttestIsStoredWithItsCallThenDeliveredInTheEboxOnce() {
    mailbox.consenting.add(JAN);
    AttestRequest received = request(JAN);
    assertThat(received.state()).isEqualTo(AttestRequestState.RECEIVED);
    assertThat(documents.list(Status.QUEUED, 10))
        .singleElement()
        .satisfies(c -> assertThat(c.call()).isEqualTo(Call.DELIVER_ATTEST));

    assertThat(sync.sendDue()).isEqualTo(1);

    AttestRequest delivered = service.get(received.id());
    assertThat(delivered.state()).isEqualTo(AttestRequestState.DELIVERED);
    assertThat(delivered.mailboxMessageId()).isEqualTo("msg-1");
    assertThat(mailbox.published)
        .singleElement()
        .satisfies(m -> assertThat(m.recipient()).isEqualTo(JAN));
    assertThat(mailbox.published.get(0).documents().get(0).content()).isEqualTo(register.pdf);
    assertThat(mailbox.keys).containsExactly(received.id().toString());
    assertThat(requests.pdfsKept()).isZero();
    assertThat(documents.count(Status.DONE)).isEqualTo(1);
    assertThat(reads.all())
        .hasSize(2)
        .allSatisfy(
            r -> {
              assertThat(r.person()).isEqualTo(JAN);
              assertThat(r.purpose()).isEqualTo("attest delivery");
              assertThat(r.by()).isEqualTo("e-counter");
              assertThat(r.reference()).isEqualTo(received.id().toString());
            });
  }

  @Test
  void withoutConsentTheAttestWaitsInThePostQueueUntilPrintedThenItsPdfIsGone() {
    AttestRequest received = request(JAN);
    sync.sendDue();

    assertThat(service.get(received.id()).state()).isEqualTo(AttestRequestState.POSTED);
    assertThat(mailbox.published).isEmpty();
    assertThat(service.postQueue(10)).extracting(AttestRequest::id).containsExactly(received.id());
    assertThat(service.printable(received.id())).isEqualTo(register.pdf);

    AttestRequest printed = service.markPrinted(received.id(), CLERK);
    assertThat(printed.state()).isEqualTo(AttestRequestState.PRINTED);
    assertThat(printed.handledBy()).isEqualTo("clerk-1");
    assertThat(service.postQueue(10)).isEmpty();
    assertThat(requests.pdfsKept()).isZero();
    assertThatThrownBy(() -> service.printable(received.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.markPrinted(received.id(), CLERK))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo("attest-not-in-post-queue"));
  }

  @Test
  void aPersonLivingElsewhereIsReferredWithTheReasonAndNoAttestIsAskedFor() {
    AttestRequest received = request(PIETER);
    sync.sendDue();

    AttestRequest referred = service.get(received.id());
    assertThat(referred.state()).isEqualTo(AttestRequestState.REFERRED);
    assertThat(referred.reason()).isEqualTo(ReferralReason.NOT_REGISTERED_IN_CITY);
    assertThat(referred.detail()).contains("11002");
    assertThat(register.attestsMade).isZero();
    assertThat(reads.all()).hasSize(1);
    assertThat(service.workQueue(10)).extracting(AttestRequest::id).containsExactly(received.id());

    AttestRequest resolved = service.resolve(received.id(), "Sent to Leuven", CLERK);
    assertThat(resolved.state()).isEqualTo(AttestRequestState.RESOLVED);
    assertThat(service.workQueue(10)).isEmpty();
  }

  @Test
  void theRegistersRefusalAndAnUnknownPersonAreReferred() {
    AttestRequest unknown = request(NOBODY);
    register.refuseAttest = true;
    AttestRequest refused = request(JAN);
    sync.sendDue();

    assertThat(service.get(unknown.id()).reason()).isEqualTo(ReferralReason.UNKNOWN_PERSON);
    assertThat(service.get(refused.id()).reason()).isEqualTo(ReferralReason.REGISTER_REFUSED);
    assertThat(service.get(refused.id()).detail()).startsWith("45810");
    assertThat(documents.count(Status.DONE)).isEqualTo(2);
    assertThat(mailbox.published).isEmpty();
  }

  @Test
  void outagesLeaveTheCallsQueuedAndEveryAttestIsDeliveredOnceWhenTheSystemsAreBack() {
    mailbox.consenting.add(JAN);
    mailbox.consenting.add(LIEN);
    List<AttestRequest> stream = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      stream.add(request(i % 2 == 0 ? JAN : LIEN));
    }
    register.down = true;
    sync.sendDue();
    assertThat(documents.count(Status.QUEUED)).isEqualTo(10);
    register.down = false;
    mailbox.down = true;
    sync.sendDue();
    assertThat(documents.count(Status.QUEUED)).isEqualTo(10);
    assertThat(stream)
        .allSatisfy(
            r -> assertThat(service.get(r.id()).state()).isEqualTo(AttestRequestState.RECEIVED));

    // The eBox published the first half but the answers were lost.
    mailbox.down = false;
    mailbox.loseAnswers = 5;
    sync.sendDue();
    sync.sendDue();

    assertThat(documents.count(Status.DONE)).isEqualTo(10);
    assertThat(stream)
        .allSatisfy(
            r -> assertThat(service.get(r.id()).state()).isEqualTo(AttestRequestState.DELIVERED));
    assertThat(mailbox.published).hasSize(10);
    assertThat(new HashSet<>(mailbox.keys)).hasSize(10);
    // A call sent again after its request was dealt with changes nothing.
    documents.enqueue(Call.DELIVER_ATTEST, stream.get(0).id(), LocalDateTime.now(clock));
    sync.sendDue();
    assertThat(mailbox.published).hasSize(10);
  }

  @Test
  void endedRequestsAreForgottenAfterTheirRetentionAndOpenOnesAreKept() {
    mailbox.consenting.add(JAN);
    AttestRequest delivered = request(JAN);
    AttestRequest posted = request(LIEN);
    sync.sendDue();
    clock.set(LocalDateTime.of(2027, 3, 4, 9, 0));
    assertThat(service.forgetEnded()).isZero();
    clock.set(LocalDateTime.of(2027, 3, 5, 9, 1));

    assertThat(service.forgetEnded()).isEqualTo(1);
    assertThatThrownBy(() -> service.get(delivered.id())).isInstanceOf(NotFoundException.class);
    assertThat(service.get(posted.id()).state()).isEqualTo(AttestRequestState.POSTED);
  }

  @Test
  void unknownRequestsAndBadLimitsAreRefused() {
    assertThatThrownBy(() -> service.get(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.postQueue(0))
        .isInstanceOf(be.loketopmaat.domain.common.InvalidInputException.class);
  }

  /** A register with Jan and Lien in Antwerp and Pieter in Leuven. */
  static final class FakeRegister implements PopulationRegister {
    final byte[] pdf = "%PDF-1.7 attest".getBytes(StandardCharsets.US_ASCII);
    boolean down;
    boolean refuseAttest;
    int attestsMade;

    @Override
    public Optional<Person> person(NationalNumber insz) {
      requireUp();
      NisCode municipality = insz.equals(PIETER) ? NisCode.LEUVEN : NisCode.ANTWERP;
      if (insz.equals(NOBODY)) {
        return Optional.empty();
      }
      return Optional.of(
          new Person(
              insz,
              new PersonName("Jan", "Peeters"),
              LocalDate.of(1985, 7, 31),
              Nationality.BELGIAN,
              new Residence(
                  new Address("Lange Nieuwstraat 7", "2000", "Antwerpen"),
                  municipality,
                  LocalDate.of(2014, 9, 1)),
              List.of(),
              null));
    }

    @Override
    public Attest attest(NationalNumber insz, AttestModel model, AttestLanguage language) {
      requireUp();
      if (refuseAttest) {
        throw new RegisterRefusedException(
            RefusalReason.UNKNOWN_ATTEST_MODEL, "45810", "unknown attest");
      }
      attestsMade++;
      return new Attest(insz, model, language, NisCode.ANTWERP, LocalDate.of(2026, 12, 4), pdf);
    }

    private void requireUp() {
      if (down) {
        throw new SystemUnavailableException("MAGDA", "down");
      }
    }
  }

  /** An eBox that publishes a key once, and can be down or lose its answers. */
  static final class FakeMailbox implements CitizenMailbox {
    final Set<NationalNumber> consenting = new HashSet<>();
    final List<MailboxMessage> published = new ArrayList<>();
    final List<String> keys = new ArrayList<>();
    final Map<String, String> byKey = new HashMap<>();
    boolean down;
    int loseAnswers;

    @Override
    public boolean hasConsent(NationalNumber citizen) {
      requireUp();
      return consenting.contains(citizen);
    }

    @Override
    public Publication publish(MailboxMessage message, MessageKey key) {
      requireUp();
      String known = byKey.get(key.value());
      if (known != null) {
        return new Publication(known, true);
      }
      published.add(message);
      keys.add(key.value());
      String id = "msg-" + published.size();
      byKey.put(key.value(), id);
      if (loseAnswers > 0) {
        loseAnswers--;
        throw new SystemUnavailableException("eBox", "answer lost");
      }
      return new Publication(id, false);
    }

    @Override
    public Optional<DeliveryStatus> deliveryStatus(String messageId) {
      return Optional.of(DeliveryStatus.DELIVERED);
    }

    private void requireUp() {
      if (down) {
        throw new SystemUnavailableException("eBox", "down");
      }
    }
  }
}
