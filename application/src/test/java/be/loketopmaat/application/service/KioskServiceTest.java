package be.loketopmaat.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.KioskRefusedException;
import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.KioskUseCase.Credential;
import be.loketopmaat.application.port.in.KioskUseCase.InSession;
import be.loketopmaat.application.port.in.KioskUseCase.Opened;
import be.loketopmaat.application.port.in.KioskUseCase.PrintableAttest;
import be.loketopmaat.application.port.in.ManageKiosksUseCase.Registered;
import be.loketopmaat.application.port.in.PinCodesUseCase;
import be.loketopmaat.application.port.out.federal.CivilStatusRegistry;
import be.loketopmaat.application.port.out.federal.PopulationRegister;
import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.civilstatus.DeclarationKind;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.document.CodeRequest;
import be.loketopmaat.domain.kiosk.CardLogin;
import be.loketopmaat.domain.kiosk.ExtractKind;
import be.loketopmaat.domain.kiosk.KioskChallenge;
import be.loketopmaat.domain.kiosk.KioskEvaluation;
import be.loketopmaat.domain.kiosk.KioskEvent;
import be.loketopmaat.domain.kiosk.KioskEventKind;
import be.loketopmaat.domain.kiosk.KioskStatus;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.population.Attest;
import be.loketopmaat.domain.population.AttestLanguage;
import be.loketopmaat.domain.population.AttestModel;
import be.loketopmaat.domain.population.NisCode;
import be.loketopmaat.domain.population.Person;
import be.loketopmaat.domain.staff.StaffMember;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The city's side of the kiosks with in-memory fakes and a fixed test PKI (DER fixtures made with
 * openssl: a trusted root, its citizen CA and an authentication certificate for 85073100328, and a
 * foreign chain): a session opens only by a fresh challenge signed by a card that chains to the
 * trusted root, and everything lands in the usage log, pseudonymised.
 */
class KioskServiceTest {
  static final NationalNumber ANNA = new NationalNumber("85073100328");
  static final StaffMember STAFF = new StaffMember("s1", "Staff One");

  final AppointmentTestKit.MutableClock clock =
      new AppointmentTestKit.MutableClock(LocalDateTime.of(2027, 1, 11, 10, 0));
  final InMemoryKiosks kiosks = new InMemoryKiosks();
  final InMemoryRegisterReads reads = new InMemoryRegisterReads();
  final InMemoryLocations locations =
      new InMemoryLocations()
          .with(Fixtures.kiosk("bib", Fixtures.SOUTH), Fixtures.hub("hub", Fixtures.NORTH));
  final List<PinCodesUseCase.Request> codeRequests = new ArrayList<>();
  final KioskAdminService admin =
      new KioskAdminService(kiosks, kiosks, locations, Duration.ofMinutes(2), 2, clock);
  final FakeDabs dabs = new FakeDabs();
  final KioskService service =
      new KioskService(
          kiosks,
          kiosks,
          new InMemoryProducts().with(Fixtures.eid(), Fixtures.attest()),
          new FakeRegister(),
          dabs,
          reads,
          new FakePinCodes(),
          new KioskSettings(
              new CardLogin(List.of(fixture("trusted-root.der"))),
              "a pseudonym key of enough bytes".getBytes(StandardCharsets.UTF_8),
              Duration.ofMinutes(1),
              Duration.ofMinutes(10),
              Duration.ofMinutes(2)),
          clock);

  @Test
  void aFreshChallengeSignedByATrustedCardOpensASessionNamingTheCitizen() {
    Credential kiosk = registered();
    Opened opened = open(kiosk, service.challenge(kiosk));

    assertThat(opened.login().citizen()).isEqualTo(ANNA);
    assertThat(opened.login().citizenName()).isEqualTo("Anna Peeters");
    assertThat(opened.token()).hasSizeGreaterThan(40);
    assertThat(opened.login().tokenHash()).isNotEqualTo(opened.token());
    KioskEvent event = last();
    assertThat(event.kind()).isEqualTo(KioskEventKind.SESSION_OPENED);
    assertThat(event.pseudonym()).hasSize(64).doesNotContain(ANNA.digits());
    assertThat(service.products(new InSession(kiosk, opened.token())))
        .extracting(p -> p.code().value())
        .containsExactly(Fixtures.attest().code().value());
  }

  @Test
  void aReplayedChallengeOpensNothing() {
    Credential kiosk = registered();
    KioskChallenge challenge = service.challenge(kiosk);
    open(kiosk, challenge);

    assertThatThrownBy(() -> open(kiosk, challenge))
        .isInstanceOfSatisfying(
            KioskRefusedException.class, e -> assertThat(e.forbidden()).isFalse());
    assertThat(last().kind()).isEqualTo(KioskEventKind.LOGIN_FAILED);
  }

  @Test
  void anExpiredChallengeAForeignChainAndASignatureOverAnotherChallengeOpenNothing() {
    Credential kiosk = registered();
    KioskChallenge late = service.challenge(kiosk);
    clock.set(LocalDateTime.of(2027, 1, 11, 10, 2));
    assertThatThrownBy(() -> open(kiosk, late)).isInstanceOf(KioskRefusedException.class);

    KioskChallenge challenge = service.challenge(kiosk);
    List<byte[]> foreign =
        List.of(
            fixture("foreign-auth.der"), fixture("foreign-ca.der"), fixture("foreign-root.der"));
    assertThatThrownBy(
            () ->
                service.openSession(
                    kiosk, challenge.id(), foreign, sign(challenge.value()), Language.NL))
        .isInstanceOf(KioskRefusedException.class);

    KioskChallenge other = service.challenge(kiosk);
    byte[] wrong = sign("another challenge".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> service.openSession(kiosk, other.id(), chain(), wrong, Language.NL))
        .isInstanceOf(KioskRefusedException.class);
    assertThat(kiosks.events())
        .extracting(KioskEvent::kind)
        .containsOnly(KioskEventKind.LOGIN_FAILED);
  }

  @Test
  void anUnknownKioskAWrongSecretAndADisabledKioskAreRefused() {
    Credential kiosk = registered();
    assertThatThrownBy(() -> service.challenge(new Credential(UUID.randomUUID(), kiosk.secret())))
        .isInstanceOfSatisfying(
            KioskRefusedException.class, e -> assertThat(e.forbidden()).isFalse());
    assertThatThrownBy(() -> service.challenge(new Credential(kiosk.kiosk(), "guess")))
        .isInstanceOf(KioskRefusedException.class);
    Opened opened = open(kiosk, service.challenge(kiosk));

    admin.disable(kiosk.kiosk(), STAFF);

    assertThatThrownBy(() -> service.challenge(kiosk))
        .isInstanceOfSatisfying(
            KioskRefusedException.class, e -> assertThat(e.forbidden()).isTrue());
    assertThatThrownBy(() -> service.products(new InSession(kiosk, opened.token())))
        .isInstanceOf(KioskRefusedException.class);
  }

  @Test
  void kiosksAreRegisteredOnlyWhereKiosksStand() {
    assertThatThrownBy(() -> admin.register(new LocationCode("hub"), "Zuil 1", STAFF))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> admin.register(new LocationCode("nowhere"), "Zuil 1", STAFF))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anAttestIsReadRecordedAndVerifiableOnlyOncePrinted() {
    Credential kiosk = registered();
    InSession session = new InSession(kiosk, open(kiosk, service.challenge(kiosk)).token());

    PrintableAttest attest = service.attest(session, AttestModel.MAIN_RESIDENCE);

    assertThat(new String(attest.pdf(), StandardCharsets.US_ASCII)).startsWith("%PDF-");
    assertThat(reads.all())
        .singleElement()
        .satisfies(r -> assertThat(r.purpose()).isEqualTo("kiosk attest"));
    String code = attest.verification().code();
    assertThatThrownBy(() -> service.verify(code)).isInstanceOf(NotFoundException.class);
    service.attestPrinted(session, code, true, null);
    assertThat(service.verify(code).model()).isEqualTo(AttestModel.MAIN_RESIDENCE);
    assertThat(service.verify(code).issuedBy()).isEqualTo(NisCode.ANTWERP);
    assertThat(last().kind()).isEqualTo(KioskEventKind.DOCUMENT_PRINTED);

    PrintableAttest failed = service.attest(session, AttestModel.NATIONALITY);
    service.attestPrinted(session, failed.verification().code(), false, "JAMMED");
    assertThatThrownBy(() -> service.verify(failed.verification().code()))
        .isInstanceOf(NotFoundException.class);
    assertThat(last().kind()).isEqualTo(KioskEventKind.FAULT);
  }

  @Test
  void anExtractOfOneOfTheCitizensOwnActsIsVerifiableOncePrintedAndNobodyElsesIsGiven() {
    Credential kiosk = registered();
    InSession session = new InSession(kiosk, open(kiosk, service.challenge(kiosk)).token());

    assertThat(service.civilStatusActs(session))
        .extracting(CivilStatusRegistry.Act::actNumber)
        .containsExactly("ACT-1985-R00001", "ACT-2012-R00002");
    PrintableAttest extract = service.civilStatusExtract(session, "ACT-2012-R00002", Language.FR);

    assertThat(new String(extract.pdf(), StandardCharsets.US_ASCII)).startsWith("%PDF-");
    assertThat(dabs.extracted).containsExactly("ACT-2012-R00002 FR");
    assertThat(extract.language()).isEqualTo(Language.FR);
    assertThat(reads.all())
        .singleElement()
        .satisfies(r -> assertThat(r.purpose()).isEqualTo("kiosk civil-status extract"));
    String code = extract.verification().code();
    assertThatThrownBy(() -> service.verify(code)).isInstanceOf(NotFoundException.class);
    service.attestPrinted(session, code, true, null);
    assertThat(service.verify(code).model()).isEqualTo(ExtractKind.MARRIAGE_ACT_EXTRACT);
    assertThat(service.verify(code).issuedBy()).isEqualTo(NisCode.ANTWERP);
    assertThat(last().detail()).isEqualTo("extract MARRIAGE_ACT_EXTRACT");

    // An act number that is not one of the citizen's own gives nothing, and asks DABS nothing.
    assertThatThrownBy(() -> service.civilStatusExtract(session, "ACT-2020-000009", null))
        .isInstanceOf(NotFoundException.class);
    assertThat(dabs.extracted).hasSize(1);
    dabs.down = true;
    assertThatThrownBy(() -> service.civilStatusActs(session))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("registry-unavailable"));
    service.endSession(session);
    assertThatThrownBy(() -> service.civilStatusActs(session))
        .isInstanceOf(KioskRefusedException.class);
  }

  @Test
  void pinCodesGoThroughTheirUseCaseAndAnEndedSessionOpensNothingMore() {
    Credential kiosk = registered();
    InSession session = new InSession(kiosk, open(kiosk, service.challenge(kiosk)).token());

    service.requestPinCodes(
        session,
        new be.loketopmaat.application.port.in.KioskUseCase.CodesRequest(
            "anna@example.be", null, new LocationCode("hub")));
    assertThat(codeRequests)
        .singleElement()
        .satisfies(r -> assertThat(r.citizen().insz()).isEqualTo(ANNA));
    assertThatThrownBy(
            () ->
                service.requestPinCodes(
                    session,
                    new be.loketopmaat.application.port.in.KioskUseCase.CodesRequest(
                        "anna@example.be", null, new LocationCode("hub"))))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("codes-request-open"));
    service.endSession(session);

    assertThat(last().kind()).isEqualTo(KioskEventKind.SESSION_ENDED);
    assertThatThrownBy(() -> service.products(session)).isInstanceOf(KioskRefusedException.class);
  }

  @Test
  void heartbeatsShowTheStateAndSilenceCountsAsOffline() {
    Credential kiosk = registered();
    assertThat(admin.list())
        .singleElement()
        .satisfies(v -> assertThat(v.status()).isEqualTo(KioskStatus.OFFLINE));
    service.heartbeat(kiosk, KioskStatus.ONLINE);
    service.heartbeat(kiosk, KioskStatus.OUT_OF_PAPER);
    assertThat(admin.list())
        .singleElement()
        .satisfies(v -> assertThat(v.status()).isEqualTo(KioskStatus.OUT_OF_PAPER));

    clock.set(LocalDateTime.of(2027, 1, 11, 10, 5));
    assertThat(admin.list())
        .singleElement()
        .satisfies(v -> assertThat(v.status()).isEqualTo(KioskStatus.OFFLINE));
    service.heartbeat(kiosk, KioskStatus.ONLINE);

    assertThat(admin.usage(kiosk.kiosk(), 10))
        .extracting(KioskEvent::kind)
        .containsExactly(
            KioskEventKind.ONLINE,
            KioskEventKind.OFFLINE,
            KioskEventKind.FAULT,
            KioskEventKind.ONLINE);
  }

  @Test
  void theMonthsEvaluationCountsTheSitesSessionsAndWeighsThemAgainstTheThreshold() {
    Credential kiosk = registered();
    open(kiosk, service.challenge(kiosk));
    open(kiosk, service.challenge(kiosk));

    assertThat(admin.evaluate(YearMonth.of(2027, 1)))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.site()).isEqualTo(new LocationCode("bib"));
              assertThat(s.sessions()).isEqualTo(2);
              assertThat(s.share()).isEqualTo(1.0);
              assertThat(s.recommendation()).isEqualTo(KioskEvaluation.Recommendation.KEEP);
            });
    assertThat(admin.evaluate(YearMonth.of(2026, 12)))
        .singleElement()
        .satisfies(
            s -> assertThat(s.recommendation()).isEqualTo(KioskEvaluation.Recommendation.RETIRE));
  }

  private Credential registered() {
    Registered registered = admin.register(new LocationCode("bib"), "Zuil De Poort", STAFF);
    assertThat(registered.kiosk().secretHash()).isNotEqualTo(registered.secret());
    return new Credential(registered.kiosk().id(), registered.secret());
  }

  private Opened open(Credential kiosk, KioskChallenge challenge) {
    return service.openSession(
        kiosk, challenge.id(), chain(), sign(challenge.value()), Language.NL);
  }

  private KioskEvent last() {
    List<KioskEvent> events = kiosks.events();
    return events.get(events.size() - 1);
  }

  static List<byte[]> chain() {
    return List.of(
        fixture("trusted-auth.der"), fixture("trusted-ca.der"), fixture("trusted-root.der"));
  }

  static byte[] sign(byte[] challenge) {
    try {
      PrivateKey key =
          KeyFactory.getInstance("RSA")
              .generatePrivate(new PKCS8EncodedKeySpec(fixture("trusted-auth-key.der")));
      Signature signer = Signature.getInstance("SHA256withRSA");
      signer.initSign(key);
      signer.update(challenge);
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] fixture(String name) {
    try (InputStream in = KioskServiceTest.class.getResourceAsStream("/kiosk/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class FakeRegister implements PopulationRegister {
    @Override
    public Optional<Person> person(NationalNumber insz) {
      return Optional.empty();
    }

    @Override
    public Attest attest(NationalNumber insz, AttestModel model, AttestLanguage language) {
      return new Attest(
          insz,
          model,
          language,
          NisCode.ANTWERP,
          LocalDate.of(2027, 1, 11),
          "%PDF-1.4 attest".getBytes(StandardCharsets.US_ASCII));
    }
  }

  /** DABS with Anna's birth and marriage acts. */
  static final class FakeDabs implements CivilStatusRegistry {
    final List<String> extracted = new ArrayList<>();
    boolean down;

    @Override
    public DraftAct createDraft(be.loketopmaat.domain.civilstatus.Declaration declaration) {
      throw new UnsupportedOperationException("the kiosk declares nothing");
    }

    @Override
    public Optional<DraftAct> draft(String draftId) {
      throw new UnsupportedOperationException("the kiosk declares nothing");
    }

    @Override
    public SignedAct sign(String draftId, String officerId) {
      throw new UnsupportedOperationException("the kiosk signs nothing");
    }

    @Override
    public Extract extract(String actNumber, Language language) {
      extracted.add(actNumber + " " + language);
      return new Extract(
          "%PDF-1.4 extract".getBytes(StandardCharsets.US_ASCII), "https://dabs.example/v");
    }

    @Override
    public List<Act> acts(NationalNumber person) {
      if (down) {
        throw new be.loketopmaat.application.port.out.federal.SystemUnavailableException(
            "DABS", "down");
      }
      assertThat(person).isEqualTo(ANNA);
      LocalDateTime signed = LocalDateTime.of(2019, 4, 1, 9, 0);
      return List.of(
          new Act(
              "ACT-1985-R00001",
              DeclarationKind.BIRTH,
              LocalDate.of(1985, 7, 31),
              NisCode.ANTWERP,
              signed),
          new Act(
              "ACT-2012-R00002",
              DeclarationKind.MARRIAGE,
              LocalDate.of(2012, 6, 16),
              NisCode.ANTWERP,
              signed));
    }
  }

  private final class FakePinCodes implements PinCodesUseCase {
    @Override
    public CodeRequest request(Request request, StaffMember by) {
      if (!codeRequests.isEmpty()) {
        throw new ConflictException(
            "codes-request-open", "the citizen has asked for codes already");
      }
      assertThat(by.id()).startsWith("kiosk:");
      codeRequests.add(request);
      return CodeRequest.request(
          request.citizen(), request.pickupAt(), by.id(), LocalDateTime.now(clock));
    }

    @Override
    public CodeRequest get(UUID id) {
      throw new UnsupportedOperationException(
          "the kiosk never calls this: a call here is a defect the test must show");
    }

    @Override
    public List<CodeRequest> waiting(LocationCode location, int limit) {
      return List.of();
    }

    @Override
    public CodeRequest handOver(UUID id, StaffMember by) {
      throw new UnsupportedOperationException(
          "the kiosk never calls this: a call here is a defect the test must show");
    }
  }
}
