package be.loketopmaat.application.service;

import be.loketopmaat.application.KioskRefusedException;
import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.KioskUseCase;
import be.loketopmaat.application.port.in.PinCodesUseCase;
import be.loketopmaat.application.port.in.VerifyAttestUseCase;
import be.loketopmaat.application.port.out.KioskStore;
import be.loketopmaat.application.port.out.KioskUsageLog;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.application.port.out.RegisterReads;
import be.loketopmaat.application.port.out.federal.CivilStatusRegistry;
import be.loketopmaat.application.port.out.federal.PopulationRegister;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.common.Phrase;
import be.loketopmaat.domain.document.CodeRequest;
import be.loketopmaat.domain.kiosk.AttestVerification;
import be.loketopmaat.domain.kiosk.CardLogin;
import be.loketopmaat.domain.kiosk.ExtractKind;
import be.loketopmaat.domain.kiosk.Kiosk;
import be.loketopmaat.domain.kiosk.KioskChallenge;
import be.loketopmaat.domain.kiosk.KioskDocument;
import be.loketopmaat.domain.kiosk.KioskEvent;
import be.loketopmaat.domain.kiosk.KioskEventKind;
import be.loketopmaat.domain.kiosk.KioskLogin;
import be.loketopmaat.domain.kiosk.KioskStatus;
import be.loketopmaat.domain.kiosk.Secrets;
import be.loketopmaat.domain.population.Attest;
import be.loketopmaat.domain.population.AttestLanguage;
import be.loketopmaat.domain.population.AttestModel;
import be.loketopmaat.domain.population.RegisterRefusedException;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The kiosks' side of the city: each call authenticates the kiosk by its secret (hash compared in
 * constant time) and, in a session, the session's token; everything that happens is appended to the
 * usage log with the citizen's number pseudonymised.
 */
public final class KioskService implements KioskUseCase, VerifyAttestUseCase {
  static final String READ_PURPOSE = "kiosk attest";
  static final String EXTRACT_PURPOSE = "kiosk civil-status extract";

  private final KioskStore store;
  private final KioskUsageLog log;
  private final ProductRepository products;
  private final PopulationRegister register;
  private final CivilStatusRegistry civilStatus;
  private final RegisterReads reads;
  private final PinCodesUseCase pinCodes;
  private final KioskSettings settings;
  private final Clock clock;

  public KioskService(
      KioskStore store,
      KioskUsageLog log,
      ProductRepository products,
      PopulationRegister register,
      CivilStatusRegistry civilStatus,
      RegisterReads reads,
      PinCodesUseCase pinCodes,
      KioskSettings settings,
      Clock clock) {
    this.store = store;
    this.log = log;
    this.products = products;
    this.register = register;
    this.civilStatus = civilStatus;
    this.reads = reads;
    this.pinCodes = pinCodes;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public KioskChallenge challenge(Credential credential) {
    Kiosk kiosk = kiosk(credential);
    KioskChallenge challenge =
        KioskChallenge.fresh(kiosk.id(), now().plus(settings.challengeTtl()));
    store.insertChallenge(challenge);
    return challenge;
  }

  @Override
  public Opened openSession(
      Credential credential,
      UUID challengeId,
      List<byte[]> chain,
      byte[] signature,
      Language language) {
    Kiosk kiosk = kiosk(credential);
    LocalDateTime now = now();
    Optional<KioskChallenge> challenge =
        challengeId == null ? Optional.empty() : store.takeChallenge(challengeId, kiosk.id());
    if (challenge.isEmpty() || !now.isBefore(challenge.get().expires())) {
      append(kiosk, KioskEventKind.LOGIN_FAILED, null, "unknown, used or expired challenge");
      throw new KioskRefusedException(
          false,
          Phrase.of("The challenge is unknown, used already or expired: ask for a new one."));
    }
    CardLogin.Outcome outcome =
        settings.login().check(chain, challenge.get().value(), signature, clock.instant());
    if (outcome instanceof CardLogin.Refused refused) {
      append(kiosk, KioskEventKind.LOGIN_FAILED, null, refused.reason());
      throw new KioskRefusedException(
          false, Phrase.of("The card's signature over the challenge could not be verified."));
    }
    CardLogin.Verified verified = (CardLogin.Verified) outcome;
    String token = Secrets.newSecret();
    KioskLogin login =
        new KioskLogin(
            Secrets.hash(token),
            kiosk.id(),
            verified.citizen(),
            verified.name(),
            language == null ? Language.NL : language,
            now,
            now.plus(settings.sessionTtl()),
            false);
    store.insertLogin(login);
    append(kiosk, KioskEventKind.SESSION_OPENED, verified.citizen(), null);
    return new Opened(token, login);
  }

  @Override
  public void loginFailed(Credential credential, String reason, String nationalNumber) {
    Kiosk kiosk = kiosk(credential);
    NationalNumber citizen = null;
    if (nationalNumber != null && !nationalNumber.isBlank()) {
      citizen = new NationalNumber(nationalNumber.strip());
    }
    append(kiosk, KioskEventKind.LOGIN_FAILED, citizen, reason == null ? "card" : reason);
  }

  @Override
  public KioskLogin current(InSession session) {
    return session(session).login();
  }

  @Override
  public List<Product> products(InSession session) {
    session(session);
    return products.findAll().stream()
        .filter(p -> p.channels().stream().anyMatch(o -> o.channel() == Channel.KIOSK))
        .toList();
  }

  @Override
  public PrintableAttest attest(InSession session, AttestModel model, Language asked) {
    Session in = session(session);
    Language language = asked == null ? in.login().language() : asked;
    String code = Secrets.newSecret().substring(0, 20);
    LocalDateTime now = now();
    reads.record(
        new RegisterReads.Read(
            in.login().citizen(), READ_PURPOSE, "kiosk " + in.kiosk().id(), now, code));
    Attest attest;
    try {
      attest = register.attest(in.login().citizen(), model, attestLanguage(language));
    } catch (RegisterRefusedException refused) {
      append(in.kiosk(), KioskEventKind.FAULT, in.login().citizen(), "register refused " + model);
      throw new ConflictException(
          "register-refused",
          "the population register refuses this attest: {0}",
          refused.getMessage());
    } catch (SystemUnavailableException down) {
      append(in.kiosk(), KioskEventKind.FAULT, null, "register unavailable");
      throw new ConflictException(
          "register-unavailable", "the population register cannot be reached now; try again later");
    }
    AttestVerification verification =
        new AttestVerification(
            code, model, attest.issuedBy(), now, in.kiosk().id(), in.kiosk().location(), false);
    store.insertAttest(verification);
    return new PrintableAttest(verification, attest.pdf(), language);
  }

  @Override
  public List<CivilStatusRegistry.Act> civilStatusActs(InSession session) {
    Session in = session(session);
    return acts(in);
  }

  @Override
  public PrintableAttest civilStatusExtract(InSession session, String actNumber, Language asked) {
    Session in = session(session);
    Language language = asked == null ? in.login().language() : asked;
    CivilStatusRegistry.Act act =
        acts(in).stream()
            .filter(a -> a.actNumber().equals(actNumber))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("civil-status act", actNumber));
    String code = Secrets.newSecret().substring(0, 20);
    LocalDateTime now = now();
    reads.record(
        new RegisterReads.Read(
            in.login().citizen(), EXTRACT_PURPOSE, "kiosk " + in.kiosk().id(), now, code));
    CivilStatusRegistry.Extract extract =
        fromDabs(
            in,
            () -> civilStatus.extract(act.actNumber(), language),
            "DABS refused an extract",
            reason ->
                new ConflictException(
                    "registry-refused",
                    "the civil-status database refuses this extract: {0}",
                    reason));
    AttestVerification verification =
        new AttestVerification(
            code,
            ExtractKind.of(act.kind()),
            act.municipality(),
            now,
            in.kiosk().id(),
            in.kiosk().location(),
            false);
    store.insertAttest(verification);
    return new PrintableAttest(verification, extract.pdf(), language);
  }

  /** The citizen's own acts, as DABS lists them. */
  private List<CivilStatusRegistry.Act> acts(Session in) {
    return fromDabs(
        in,
        () -> civilStatus.acts(in.login().citizen()),
        "DABS refused the list of acts",
        reason ->
            new ConflictException(
                "registry-refused",
                "the civil-status database refuses to list your acts: {0}",
                reason));
  }

  /**
   * A call to DABS for the session's citizen: a refusal is the 409 {@code refusal} makes of its
   * reason, an outage a 409 of its own; either is a fault line in the kiosk's usage log.
   */
  private <T> T fromDabs(
      Session in,
      java.util.function.Supplier<T> call,
      String fault,
      java.util.function.Function<String, ConflictException> refusal) {
    try {
      return call.get();
    } catch (CivilStatusRegistry.RegistryRefusedException refused) {
      append(in.kiosk(), KioskEventKind.FAULT, in.login().citizen(), fault);
      throw refusal.apply(refused.getMessage());
    } catch (SystemUnavailableException down) {
      append(in.kiosk(), KioskEventKind.FAULT, null, "DABS unavailable");
      throw new ConflictException(
          "registry-unavailable",
          "the civil-status database cannot be reached now; try again later");
    }
  }

  @Override
  public void attestPrinted(InSession session, String code, boolean printed, String fault) {
    Session in = session(session);
    if (printed) {
      if (!store.markPrinted(code, in.kiosk().id())) {
        throw new NotFoundException("pending attest", code);
      }
      KioskDocument model = store.findAttest(code).map(AttestVerification::model).orElse(null);
      String kind = model instanceof ExtractKind ? "extract " : "attest ";
      append(
          in.kiosk(),
          KioskEventKind.DOCUMENT_PRINTED,
          in.login().citizen(),
          kind + (model == null ? null : model.name()));
    } else {
      store.removePending(code, in.kiosk().id());
      append(in.kiosk(), KioskEventKind.FAULT, in.login().citizen(), "not printed: " + fault);
    }
  }

  @Override
  public CodeRequest requestPinCodes(InSession session, CodesRequest request) {
    Session in = session(session);
    KioskLogin login = in.login();
    CodeRequest requested =
        pinCodes.request(
            new PinCodesUseCase.Request(
                new Citizen(
                    login.citizen(),
                    login.citizenName(),
                    request.email(),
                    request.phone(),
                    login.language()),
                request.pickupAt()),
            actor(in.kiosk()));
    append(in.kiosk(), KioskEventKind.PIN_CODES_REQUESTED, login.citizen(), null);
    return requested;
  }

  @Override
  public void endSession(InSession session) {
    Kiosk kiosk = kiosk(session.kiosk());
    Optional<KioskLogin> login = login(kiosk, session.token());
    if (login.isPresent() && store.endLogin(login.get().tokenHash())) {
      append(kiosk, KioskEventKind.SESSION_ENDED, login.get().citizen(), null);
    }
  }

  @Override
  public void heartbeat(Credential credential, KioskStatus status) {
    Kiosk kiosk = kiosk(credential);
    LocalDateTime now = now();
    KioskStatus before = kiosk.statusAt(now, settings.silence());
    if (before != status) {
      if (before == KioskStatus.OFFLINE
          && kiosk.lastSeen() != null
          && kiosk.status() != KioskStatus.OFFLINE) {
        // It fell silent: offline from the end of its last heartbeat's window.
        LocalDateTime silentFrom = kiosk.lastSeen().plus(settings.silence());
        log.append(
            new KioskEvent(
                kiosk.id(),
                kiosk.location(),
                KioskEventKind.OFFLINE,
                null,
                "silent since " + kiosk.lastSeen(),
                silentFrom.isAfter(now) ? now : silentFrom));
      }
      KioskEventKind kind =
          switch (status) {
            case ONLINE -> KioskEventKind.ONLINE;
            case OFFLINE -> KioskEventKind.OFFLINE;
            case OUT_OF_PAPER, JAMMED -> KioskEventKind.FAULT;
          };
      append(kiosk, kind, null, status.name());
    }
    store.update(kiosk.seen(status, now));
  }

  @Override
  public AttestVerification verify(String code) {
    return store
        .findAttest(code == null ? "" : code)
        .filter(AttestVerification::printed)
        .orElseThrow(() -> new NotFoundException("attest", code));
  }

  /** The kiosk behind a credential: known, its secret right, and enabled. */
  private Kiosk kiosk(Credential credential) {
    return KioskCredentials.authenticate(store, credential);
  }

  private Optional<KioskLogin> login(Kiosk kiosk, String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return store.findLogin(Secrets.hash(token.strip())).filter(l -> l.kiosk().equals(kiosk.id()));
  }

  private Session session(InSession session) {
    Kiosk kiosk = kiosk(session.kiosk());
    KioskLogin login =
        login(kiosk, session.token())
            .filter(l -> l.openAt(now()))
            .orElseThrow(
                () ->
                    new KioskRefusedException(
                        false, Phrase.of("No open session with this token: it ended or expired.")));
    return new Session(kiosk, login);
  }

  private record Session(Kiosk kiosk, KioskLogin login) {}

  static StaffMember actor(Kiosk kiosk) {
    return new StaffMember("kiosk:" + kiosk.id(), "kiosk " + kiosk.name());
  }

  private static AttestLanguage attestLanguage(Language language) {
    return language == Language.FR ? AttestLanguage.FR : AttestLanguage.NL;
  }

  private void append(Kiosk kiosk, KioskEventKind kind, NationalNumber citizen, String detail) {
    log.append(
        new KioskEvent(
            kiosk.id(),
            kiosk.location(),
            kind,
            citizen == null ? null : Secrets.keyedHash(settings.pseudonymKey(), citizen.digits()),
            detail,
            now()));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
