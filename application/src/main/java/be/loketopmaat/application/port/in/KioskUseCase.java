package be.loketopmaat.application.port.in;

import be.loketopmaat.application.port.out.federal.CivilStatusRegistry;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.document.CodeRequest;
import be.loketopmaat.domain.kiosk.AttestVerification;
import be.loketopmaat.domain.kiosk.KioskChallenge;
import be.loketopmaat.domain.kiosk.KioskLogin;
import be.loketopmaat.domain.kiosk.KioskStatus;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.population.AttestModel;
import java.util.List;
import java.util.UUID;

/**
 * What a kiosk does against the city, authenticated by its own credential: open a citizen's session
 * by the card's signature over a fresh challenge, and in it list the kiosk's products, print an
 * attest or an extract of one of the citizen's civil-status acts, request new PIN/PUK codes. And
 * report its state. (Walk-in tickets need no session: see {@link KioskTicketsUseCase}.)
 *
 * <p>Every refusal to authenticate is a {@link be.loketopmaat.application.KioskRefusedException}.
 */
public interface KioskUseCase {

  /** The kiosk's id and the secret it was given at registration. */
  record Credential(UUID kiosk, String secret) {}

  /** A session's token (held by the kiosk only) and what it names. */
  record Opened(String token, KioskLogin login) {}

  /** A session: the kiosk's credential and the session's token. */
  record InSession(Credential kiosk, String token) {}

  /** The register's attest as PDF, and what its verification code will tell once printed. */
  record PrintableAttest(AttestVerification verification, byte[] pdf, Language language) {
    public PrintableAttest {
      pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
      return pdf.clone();
    }
  }

  /** Where new codes go: an e-mail address or phone to tell the citizen, the pickup location. */
  record CodesRequest(String email, String phone, LocationCode pickupAt) {}

  KioskChallenge challenge(Credential kiosk);

  /**
   * Opens a session: {@code chain} is the card's authentication certificate, its citizen CA and
   * root (DER); {@code signature} is the card's over the challenge's bytes.
   */
  Opened openSession(
      Credential kiosk, UUID challenge, List<byte[]> chain, byte[] signature, Language language);

  /** A failed login the kiosk saw itself (a wrong or blocked PIN, a refused card): logged only. */
  void loginFailed(Credential kiosk, String reason, String nationalNumber);

  /** The open session: whom it names, in which language. */
  KioskLogin current(InSession session);

  /** The products whose channels include the kiosk. */
  List<Product> products(InSession session);

  /** An attest in the session's language. */
  default PrintableAttest attest(InSession session, AttestModel model) {
    return attest(session, model, null);
  }

  /**
   * An attest in {@code language}: the one the citizen switched to on the kiosk's screen after
   * logging in, or the session's when null.
   */
  PrintableAttest attest(InSession session, AttestModel model, Language language);

  /**
   * The citizen's own civil-status acts as DABS lists them (birth, recognition, marriage), oldest
   * first, to choose one for an extract.
   *
   * @throws be.loketopmaat.domain.common.ConflictException {@code registry-refused} or {@code
   *     registry-unavailable}
   */
  List<CivilStatusRegistry.Act> civilStatusActs(InSession session);

  /**
   * The extract of one of the citizen's own acts, as DABS's PDF in {@code language} (the session's
   * when null), with a verification code of the city's that becomes valid once the kiosk reports it
   * printed ({@link #attestPrinted}), as an attest's.
   *
   * @throws be.loketopmaat.application.NotFoundException when the act is not one of the citizen's
   */
  PrintableAttest civilStatusExtract(InSession session, String actNumber, Language language);

  /** The kiosk printed the attest (its code becomes valid), or could not (it is dropped). */
  void attestPrinted(InSession session, String code, boolean printed, String fault);

  CodeRequest requestPinCodes(InSession session, CodesRequest request);

  void endSession(InSession session);

  /** The kiosk's heartbeat. */
  void heartbeat(Credential kiosk, KioskStatus status);
}
