package be.loketopmaat.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.out.federal.CivilStatusRegistry;
import be.loketopmaat.application.port.out.federal.FederalOutbox.Call;
import be.loketopmaat.application.port.out.federal.FederalOutbox.Status;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.application.service.AttestRequestsTest.FakeMailbox;
import be.loketopmaat.application.service.IdentityDocumentsTest.FakeProduction;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.civilstatus.CounterReason;
import be.loketopmaat.domain.civilstatus.Declaration;
import be.loketopmaat.domain.civilstatus.DeclarationKind;
import be.loketopmaat.domain.civilstatus.DeclarationState;
import be.loketopmaat.domain.civilstatus.ParentRelation;
import be.loketopmaat.domain.civilstatus.Party;
import be.loketopmaat.domain.civilstatus.PartyRole;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.population.NisCode;
import be.loketopmaat.domain.staff.StaffMember;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Civil-status declarations through the services on in-memory ports, a DABS and an eBox that can go
 * down: drafted once, signed by the officer, the extract delivered once (or posted), a birth the
 * law does not allow referred with the reason, DABS's refusals kept for staff, and nothing lost
 * across outages.
 */
class CivilStatusDeclarationsTest {
  static final StaffMember OFFICER = new StaffMember("officer-1", "Officer One");
  static final NationalNumber SARA = NationalNumber.of("90011512363");
  static final NationalNumber TOM = NationalNumber.of("88061212349");
  static final NationalNumber NOBODY = NationalNumber.of("90011524538");

  final AppointmentTestKit.MutableClock clock =
      new AppointmentTestKit.MutableClock(LocalDateTime.of(2026, 12, 4, 9, 0));
  final InMemoryDocuments documents = new InMemoryDocuments();
  final InMemoryCivilStatusDeclarations declarations = new InMemoryCivilStatusDeclarations();
  final InMemoryRegisterReads reads = new InMemoryRegisterReads();
  final FakeDabs dabs = new FakeDabs();
  final FakeMailbox mailbox = new FakeMailbox();
  final CivilStatusDeclarationService service =
      new CivilStatusDeclarationService(
          declarations, documents, documents, Duration.ofDays(90), clock);
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
              new CivilStatusCalls(
                  declarations, dabs, mailbox, reads, documents, documents, clock)));

  static Declaration.Facts birth(NationalNumber declarant, ParentRelation relation) {
    return new Declaration.Facts(
        DeclarationKind.BIRTH,
        declarant,
        Language.NL,
        List.of(
            new Party(PartyRole.MOTHER, SARA, "Sara Janssens"),
            new Party(PartyRole.OTHER_PARENT, TOM, "Tom Janssens"),
            new Party(PartyRole.CHILD, null, "Lotte Janssens")),
        relation,
        LocalDateTime.of(2026, 12, 2, 0, 0).toLocalDate());
  }

  /** Sends every due call, as the worker does, until none is left. */
  void work() {
    for (int round = 0; round < 10 && sync.sendDue() > 0; round++) {
      clock.set(LocalDateTime.now(clock).plusSeconds(1));
    }
  }

  @Test
  void aBirthOfAMarriedCoupleIsDraftedSignedAndItsExtractDeliveredOnce() {
    mailbox.consenting.add(TOM);
    Declaration submitted = service.submit(birth(TOM, ParentRelation.MARRIED_TO_MOTHER));
    assertThat(submitted.state()).isEqualTo(DeclarationState.SUBMITTED);
    assertThat(documents.list(Status.QUEUED, 10))
        .singleElement()
        .satisfies(c -> assertThat(c.call()).isEqualTo(Call.CREATE_DRAFT_ACT));

    work();
    Declaration drafted = service.get(submitted.id());
    assertThat(drafted.state()).isEqualTo(DeclarationState.DRAFTED);
    assertThat(service.inState(DeclarationState.DRAFTED, 10)).containsExactly(drafted);
    assertThat(dabs.keys).containsExactly(submitted.id());
    assertThat(reads.all()).extracting(r -> r.person()).containsExactlyInAnyOrder(SARA, TOM);

    Declaration signing = service.sign(submitted.id(), OFFICER);
    assertThat(signing.state()).isEqualTo(DeclarationState.SIGNING);
    assertThat(service.sign(submitted.id(), OFFICER)).isEqualTo(signing);
    work();

    Declaration delivered = service.get(submitted.id());
    assertThat(delivered.state()).isEqualTo(DeclarationState.EXTRACT_DELIVERED);
    assertThat(delivered.actNumber()).isEqualTo("ACT-" + drafted.draftId());
    assertThat(dabs.signatures).containsExactly(drafted.draftId() + " by officer-1");
    assertThat(mailbox.published)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.recipient()).isEqualTo(TOM);
              assertThat(m.documents().get(0).content()).isEqualTo(dabs.pdf);
            });
    assertThat(mailbox.keys).containsExactly(submitted.id().toString());
    assertThat(reads.all())
        .filteredOn(r -> r.purpose().equals(CivilStatusCalls.EXTRACT_PURPOSE))
        .singleElement()
        .satisfies(r -> assertThat(r.by()).isEqualTo("officer-1"));
    assertThat(documents.count(Status.DONE)).isEqualTo(3);
    assertThat(documents.count(Status.QUEUED)).isZero();
  }

  @Test
  void aBirthTheLawDoesNotAllowIsReferredWithTheReasonAndNothingGoesToDabs() {
    assertThatThrownBy(() -> service.submit(birth(SARA, ParentRelation.NONE)))
        .isInstanceOf(ConflictException.class)
        .satisfies(
            e -> {
              ConflictException conflict = (ConflictException) e;
              assertThat(conflict.reason()).isEqualTo("declaration-referred");
              assertThat(conflict.phrase().english()).contains("prenatal recognition");
            });
    assertThat(service.inState(DeclarationState.REFERRED, 10))
        .singleElement()
        .satisfies(d -> assertThat(d.reason()).isEqualTo(CounterReason.OTHER_PARENT_NOT_PRESUMED));
    assertThat(documents.list(Status.QUEUED, 10)).isEmpty();
    work();
    assertThat(dabs.keys).isEmpty();
  }

  @Test
  void badFactsAreRefusedAndNothingIsStored() {
    Declaration.Facts noMother =
        new Declaration.Facts(
            DeclarationKind.BIRTH,
            TOM,
            Language.NL,
            List.of(new Party(PartyRole.CHILD, null, "Lotte")),
            ParentRelation.NONE,
            null);
    assertThatThrownBy(() -> service.submit(noMother)).isInstanceOf(InvalidInputException.class);
    assertThat(documents.list(Status.QUEUED, 10)).isEmpty();
    assertThatThrownBy(() -> service.get(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void dabsDownLosesNothingAndDraftsOnceWhenItIsBack() {
    dabs.down = true;
    Declaration submitted = service.submit(birth(SARA, ParentRelation.MARRIED_TO_MOTHER));
    work();
    assertThat(service.get(submitted.id()).state()).isEqualTo(DeclarationState.SUBMITTED);
    assertThat(documents.list(Status.QUEUED, 10))
        .singleElement()
        .satisfies(c -> assertThat(c.lastError()).contains("down"));

    dabs.down = false;
    dabs.loseAnswers = 1; // DABS makes the draft, and its answer is lost: the retry gets the same
    work();
    work();
    assertThat(service.get(submitted.id()).state()).isEqualTo(DeclarationState.DRAFTED);
    assertThat(dabs.drafts).hasSize(1);
  }

  @Test
  void aSignatureWhileDabsIsDownIsQueuedAndTheExtractGoesByPostWithoutConsent() {
    Declaration submitted = service.submit(birth(SARA, ParentRelation.MARRIED_TO_MOTHER));
    work();
    dabs.down = true;
    assertThat(service.sign(submitted.id(), OFFICER).state()).isEqualTo(DeclarationState.SIGNING);
    work();
    assertThat(service.get(submitted.id()).state()).isEqualTo(DeclarationState.SIGNING);

    dabs.down = false;
    work();
    Declaration posted = service.get(submitted.id());
    assertThat(posted.state()).isEqualTo(DeclarationState.EXTRACT_POSTED);
    assertThat(mailbox.published).isEmpty();
    assertThat(service.printable(submitted.id())).isEqualTo(dabs.pdf);

    Declaration printed = service.markPrinted(submitted.id(), OFFICER);
    assertThat(printed.state()).isEqualTo(DeclarationState.EXTRACT_DELIVERED);
    assertThat(declarations.extractsKept()).isZero();
    assertThatThrownBy(() -> service.printable(submitted.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aRefusalOfDabsFailsTheDeclarationForStaff() {
    Declaration.Facts unknown =
        new Declaration.Facts(
            DeclarationKind.BIRTH,
            NOBODY,
            Language.FR,
            List.of(
                new Party(PartyRole.MOTHER, NOBODY, "Personne"),
                new Party(PartyRole.CHILD, null, "Enfant")),
            ParentRelation.NONE,
            LocalDateTime.of(2026, 12, 1, 0, 0).toLocalDate());
    Declaration submitted = service.submit(unknown);
    work();
    Declaration failed = service.get(submitted.id());
    assertThat(failed.state()).isEqualTo(DeclarationState.FAILED);
    assertThat(failed.detail()).startsWith("UNKNOWN_NATIONAL_NUMBER");
    assertThat(documents.count(Status.DONE)).isEqualTo(1);
  }

  @Test
  void theOfficerRejectsADraftWithAReasonAndItCannotBeSignedAfter() {
    Declaration submitted = service.submit(birth(TOM, ParentRelation.PRENATAL_RECOGNITION));
    work();
    Declaration rejected = service.reject(submitted.id(), "The child's name is misspelt", OFFICER);
    assertThat(rejected.state()).isEqualTo(DeclarationState.REJECTED);
    assertThatThrownBy(() -> service.sign(submitted.id(), OFFICER))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> service.inState(DeclarationState.DRAFTED, 0))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void endedDeclarationsAreForgottenAfterTheirRetention() {
    assertThatThrownBy(() -> service.submit(birth(SARA, ParentRelation.NONE)))
        .isInstanceOf(ConflictException.class);
    Declaration open = service.submit(birth(TOM, ParentRelation.MARRIED_TO_MOTHER));
    clock.set(LocalDateTime.now(clock).plusDays(91));
    assertThat(service.forgetEnded()).isEqualTo(1);
    assertThat(service.get(open.id()).state()).isEqualTo(DeclarationState.SUBMITTED);
  }

  /** A DABS that drafts a key once, checks national numbers, signs, and can be down. */
  static final class FakeDabs implements CivilStatusRegistry {
    final byte[] pdf = "%PDF-1.7 extract".getBytes(StandardCharsets.US_ASCII);
    final List<UUID> keys = new ArrayList<>();
    final Map<UUID, String> drafts = new HashMap<>();
    final List<String> signatures = new ArrayList<>();
    boolean down;
    int loseAnswers;

    @Override
    public DraftAct createDraft(Declaration declaration) {
      requireUp();
      keys.add(declaration.id());
      if (declaration.parties().stream().anyMatch(p -> NOBODY.equals(p.insz()))) {
        throw new RegistryRefusedException(Refusal.UNKNOWN_NATIONAL_NUMBER, "not registered");
      }
      String id = drafts.computeIfAbsent(declaration.id(), k -> "D" + (drafts.size() + 1));
      if (loseAnswers > 0) {
        loseAnswers--;
        throw new SystemUnavailableException("DABS", "answer lost");
      }
      return new DraftAct(id, false, null);
    }

    @Override
    public Optional<DraftAct> draft(String draftId) {
      requireUp();
      return drafts.containsValue(draftId)
          ? Optional.of(new DraftAct(draftId, false, null))
          : Optional.empty();
    }

    @Override
    public SignedAct sign(String draftId, String officerId) {
      requireUp();
      signatures.add(draftId + " by " + officerId);
      return new SignedAct("ACT-" + draftId, LocalDateTime.of(2026, 12, 4, 10, 0));
    }

    @Override
    public Extract extract(String actNumber, Language language) {
      requireUp();
      return new Extract(pdf, "https://dabs.example/verify/" + actNumber);
    }

    @Override
    public java.util.List<Act> acts(be.loketopmaat.domain.citizen.NationalNumber person) {
      requireUp();
      return java.util.List.of();
    }

    private void requireUp() {
      if (down) {
        throw new SystemUnavailableException("DABS", "down");
      }
    }
  }
}
