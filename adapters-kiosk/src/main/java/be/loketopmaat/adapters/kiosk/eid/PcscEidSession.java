package be.loketopmaat.adapters.kiosk.eid;

import be.loketopmaat.adapters.kiosk.hardware.CardRead;
import be.loketopmaat.adapters.kiosk.hardware.CardRead.RefusalReason;
import be.loketopmaat.adapters.kiosk.hardware.EidAddress;
import be.loketopmaat.adapters.kiosk.hardware.EidCertificates;
import be.loketopmaat.adapters.kiosk.hardware.EidIdentity;
import be.loketopmaat.adapters.kiosk.hardware.EidSession;
import be.loketopmaat.adapters.kiosk.hardware.PinOutcome;
import be.loketopmaat.adapters.kiosk.hardware.SignOutcome;
import be.loketopmaat.adapters.kiosk.hardware.VerifiedCard;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;

/** A session with one eID card over PC/SC; every {@link CardException} becomes an outcome. */
final class PcscEidSession implements EidSession {
  /** DER prefix of a SHA-256 DigestInfo (RFC 8017, section 9.2, note 1). */
  private static final byte[] SHA256_DIGEST_INFO = {
    0x30,
    0x31,
    0x30,
    0x0d,
    0x06,
    0x09,
    0x60,
    (byte) 0x86,
    0x48,
    0x01,
    0x65,
    0x03,
    0x04,
    0x02,
    0x01,
    0x05,
    0x00,
    0x04,
    0x20
  };

  private final CardTerminal terminal;
  private final Card card;
  private final EidApplet applet;
  private final EidTrust trust;

  PcscEidSession(CardTerminal terminal, Card card, EidTrust trust) {
    this.terminal = terminal;
    this.card = card;
    this.applet = new EidApplet(card.getBasicChannel());
    this.trust = trust;
  }

  /** Empty when the card has the eID's identity file; otherwise why not. */
  Optional<String> probe() {
    try {
      int sw = card.getBasicChannel().transmit(EidCommands.selectFile(EidFile.IDENTITY)).getSW();
      return sw == EidApplet.SW_OK
          ? Optional.empty()
          : Optional.of(
              "not a Belgian eID card (SELECT identity answered "
                  + String.format("%04X", sw)
                  + ")");
    } catch (CardException e) {
      return Optional.of("the card does not answer: " + e.getMessage());
    }
  }

  @Override
  public CardRead<EidIdentity> identity() {
    return reading(() -> EidFileParser.identity(applet.readFile(EidFile.IDENTITY)));
  }

  @Override
  public CardRead<EidAddress> address() {
    return reading(() -> EidFileParser.address(applet.readFile(EidFile.ADDRESS)));
  }

  @Override
  public CardRead<byte[]> photo() {
    return reading(() -> applet.readFile(EidFile.PHOTO));
  }

  @Override
  public CardRead<EidCertificates> certificates() {
    return reading(this::readCertificates);
  }

  @Override
  public CardRead<VerifiedCard> readVerified() {
    return reading(
        () -> {
          byte[] identityFile = applet.readFile(EidFile.IDENTITY);
          byte[] identitySignature = applet.readFile(EidFile.IDENTITY_SIGNATURE);
          byte[] addressFile = applet.readFile(EidFile.ADDRESS);
          byte[] addressSignature = applet.readFile(EidFile.ADDRESS_SIGNATURE);
          byte[] photo = applet.readFile(EidFile.PHOTO);
          EidCertificates certificates = readCertificates();
          EidIdentity identity = EidFileParser.identity(identityFile);
          EidAddress address = EidFileParser.address(addressFile);
          Optional<EidTrust.Refusal> refusal =
              trust.check(
                  new EidTrust.EidFiles(
                      identityFile, identitySignature, addressFile, addressSignature, photo),
                  identity,
                  certificates);
          if (refusal.isPresent()) {
            throw new RefusedCard(refusal.get());
          }
          return new VerifiedCard(identity, address, photo, certificates);
        });
  }

  @Override
  public PinOutcome verifyPin(char[] pin) {
    if (!PinBlock.isWellFormed(pin)) {
      return new PinOutcome.Invalid("a PIN is 4 to 12 digits");
    }
    byte[] block = PinBlock.encode(pin);
    try {
      int sw = applet.verifyPin(block);
      if (sw == EidApplet.SW_OK) {
        return new PinOutcome.Accepted();
      }
      if (sw == EidApplet.SW_PIN_BLOCKED || sw == 0x63C0) {
        return new PinOutcome.Blocked();
      }
      if ((sw & 0xFFF0) == 0x63C0) {
        return new PinOutcome.Wrong(sw & 0x0F);
      }
      return new PinOutcome.Failed("VERIFY answered " + String.format("%04X", sw));
    } catch (CardException e) {
      return removed() ? new PinOutcome.Removed() : new PinOutcome.Failed(e.getMessage());
    } finally {
      Arrays.fill(block, (byte) 0);
    }
  }

  @Override
  public SignOutcome signChallenge(byte[] challenge) {
    try {
      X509Certificate certificate =
          certificate(applet.readFile(EidFile.AUTHENTICATION_CERTIFICATE));
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(challenge);
      byte[] signature =
          applet.signWithAuthenticationKey(EidTrust.concat(SHA256_DIGEST_INFO, digest));
      return new SignOutcome.Signed(signature, certificate);
    } catch (StatusWordException e) {
      return e.statusWord() == EidApplet.SW_SECURITY_STATUS_NOT_SATISFIED
          ? new SignOutcome.PinRequired()
          : new SignOutcome.Failed(e.getMessage());
    } catch (CardException e) {
      return removed() ? new SignOutcome.Removed() : new SignOutcome.Failed(e.getMessage());
    } catch (GeneralSecurityException | MalformedEidFileException e) {
      return new SignOutcome.Failed(e.getMessage());
    }
  }

  @Override
  public void close() {
    try {
      card.disconnect(true);
    } catch (CardException | IllegalStateException e) {
      // Already gone with the card.
    }
  }

  private EidCertificates readCertificates() throws CardException, StatusWordException {
    return new EidCertificates(
        certificate(applet.readFile(EidFile.AUTHENTICATION_CERTIFICATE)),
        certificate(applet.readFile(EidFile.SIGNING_CERTIFICATE)),
        certificate(applet.readFile(EidFile.CITIZEN_CA_CERTIFICATE)),
        certificate(applet.readFile(EidFile.ROOT_CA_CERTIFICATE)),
        certificate(applet.readFile(EidFile.RRN_CERTIFICATE)));
  }

  private static X509Certificate certificate(byte[] der) {
    try {
      // The certificate files are padded with zeros after the DER: the factory reads one structure
      // only.
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException e) {
      throw new MalformedEidFileException("a certificate on the card cannot be read", e);
    }
  }

  private boolean removed() {
    try {
      return !terminal.isCardPresent();
    } catch (CardException e) {
      return true;
    }
  }

  private <T> CardRead<T> reading(CardAction<T> action) {
    try {
      return new CardRead.Ok<>(action.run());
    } catch (RefusedCard e) {
      return new CardRead.Refused<>(e.refusal.reason(), e.refusal.detail());
    } catch (MalformedEidFileException e) {
      return new CardRead.Refused<>(RefusalReason.MALFORMED, e.getMessage());
    } catch (CardException e) {
      return removed() ? new CardRead.Removed<>() : new CardRead.Failed<>(e.getMessage());
    } catch (StatusWordException e) {
      return new CardRead.Failed<>(e.getMessage());
    }
  }

  @FunctionalInterface
  private interface CardAction<T> {
    T run() throws CardException, StatusWordException;
  }

  /** Carries a refusal out of a read, to be answered as {@link CardRead.Refused}. */
  private static final class RefusedCard extends RuntimeException {
    private final transient EidTrust.Refusal refusal;

    RefusedCard(EidTrust.Refusal refusal) {
      super(refusal.detail(), null, false, false);
      this.refusal = refusal;
    }
  }
}
