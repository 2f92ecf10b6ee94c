package be.loketopmaat.adapters.kiosk.eid;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.kiosk.hardware.CardRead.RefusalReason;
import be.loketopmaat.adapters.kiosk.hardware.EidCertificates;
import be.loketopmaat.adapters.kiosk.hardware.EidIdentity;
import be.loketopmaat.adapters.kiosk.virtualcard.CardFiles;
import be.loketopmaat.adapters.kiosk.virtualcard.Personas;
import be.loketopmaat.adapters.kiosk.virtualcard.TestPki;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The integrity check on card files signed by a test National Register key. */
class EidTrustTest {
  private static TestPki pki;
  private static TestPki foreign;
  private static TestPki.Issued auth;
  private static TestPki.Issued signing;
  private static EidTrust trust;

  @BeforeAll
  static void keys() {
    pki = TestPki.generate("Trust");
    foreign = TestPki.generate("Foreign");
    auth = pki.issueCitizen("Anna Peeters", "85051212376", "Authentication");
    signing = pki.issueCitizen("Anna Peeters", "85051212376", "Signature");
    trust = new EidTrust(List.of(pki.root().certificate()), Clock.systemUTC());
  }

  private static Optional<EidTrust.Refusal> check(Map<EidFile, byte[]> files, EidTrust using) {
    EidIdentity identity = EidFileParser.identity(files.get(EidFile.IDENTITY));
    EidCertificates certificates =
        new EidCertificates(
            cert(files, EidFile.AUTHENTICATION_CERTIFICATE),
            cert(files, EidFile.SIGNING_CERTIFICATE),
            cert(files, EidFile.CITIZEN_CA_CERTIFICATE),
            cert(files, EidFile.ROOT_CA_CERTIFICATE),
            cert(files, EidFile.RRN_CERTIFICATE));
    return using.check(
        new EidTrust.EidFiles(
            files.get(EidFile.IDENTITY),
            files.get(EidFile.IDENTITY_SIGNATURE),
            files.get(EidFile.ADDRESS),
            files.get(EidFile.ADDRESS_SIGNATURE),
            files.get(EidFile.PHOTO)),
        identity,
        certificates);
  }

  private static X509Certificate cert(Map<EidFile, byte[]> files, EidFile file) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(files.get(file)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static Map<EidFile, byte[]> files(boolean tampered) {
    return CardFiles.build(pki, Personas.anna(), auth, signing, tampered);
  }

  @Test
  void aCardSignedByTheNationalRegisterPasses() {
    assertThat(check(files(false), trust)).isEmpty();
  }

  @Test
  void identityDataThatDoesNotMatchItsSignatureIsRefused() {
    assertThat(check(files(true), trust))
        .get()
        .extracting(EidTrust.Refusal::reason)
        .isEqualTo(RefusalReason.SIGNATURE_MISMATCH);
  }

  @Test
  void anAddressFromAnotherCardIsRefused() {
    Map<EidFile, byte[]> mine = new java.util.EnumMap<>(files(false));
    Map<EidFile, byte[]> other = CardFiles.build(pki, Personas.bram(), auth, signing, false);
    mine.put(EidFile.ADDRESS, other.get(EidFile.ADDRESS));
    mine.put(EidFile.ADDRESS_SIGNATURE, other.get(EidFile.ADDRESS_SIGNATURE));
    assertThat(check(mine, trust))
        .get()
        .extracting(EidTrust.Refusal::detail)
        .asString()
        .contains("address");
  }

  @Test
  void anotherPhotoIsRefused() {
    Map<EidFile, byte[]> mine = new java.util.EnumMap<>(files(false));
    byte[] photo = mine.get(EidFile.PHOTO).clone();
    photo[100] ^= 1;
    mine.put(EidFile.PHOTO, photo);
    assertThat(check(mine, trust))
        .get()
        .extracting(EidTrust.Refusal::detail)
        .asString()
        .contains("photo");
  }

  @Test
  void aCardFromAnUntrustedRootIsRefusedEvenWhenItsOwnChainChecks() {
    TestPki.Issued foreignAuth =
        foreign.issueCitizen("Anna Peeters", "85051212376", "Authentication");
    Map<EidFile, byte[]> forged =
        CardFiles.build(foreign, Personas.anna(), foreignAuth, foreignAuth, false);
    assertThat(check(forged, trust))
        .get()
        .extracting(EidTrust.Refusal::reason)
        .isEqualTo(RefusalReason.UNTRUSTED_CERTIFICATE);
    EidTrust trustingTheForeignRoot =
        new EidTrust(List.of(foreign.root().certificate()), Clock.systemUTC());
    assertThat(check(forged, trustingTheForeignRoot)).isEmpty();
  }

  @Test
  void aNationalRegisterCertificateFromAnotherRootIsRefused() {
    Map<EidFile, byte[]> mine = new java.util.EnumMap<>(files(false));
    Map<EidFile, byte[]> forged = CardFiles.build(foreign, Personas.anna(), auth, signing, false);
    mine.put(EidFile.RRN_CERTIFICATE, forged.get(EidFile.RRN_CERTIFICATE));
    assertThat(check(mine, trust))
        .get()
        .extracting(EidTrust.Refusal::detail)
        .asString()
        .contains("National Register");
  }

  @Test
  void anExpiredCardIsRefusedAfterItsLastDayInBrussels() {
    Map<EidFile, byte[]> files = CardFiles.build(pki, Personas.expired(), auth, signing, false);
    EidIdentity identity = EidFileParser.identity(files.get(EidFile.IDENTITY));
    assertThat(check(files, trust))
        .get()
        .extracting(EidTrust.Refusal::reason)
        .isEqualTo(RefusalReason.EXPIRED);
    // 23:30 UTC on the last day is already the next day in Brussels.
    Instant lastEvening = identity.validUntil().atTime(21, 30).toInstant(ZoneOffset.UTC);
    EidTrust onTheLastDay =
        new EidTrust(List.of(pki.root().certificate()), Clock.fixed(lastEvening, ZoneOffset.UTC));
    assertThat(check(files, onTheLastDay)).isEmpty();
    EidTrust justAfter =
        new EidTrust(
            List.of(pki.root().certificate()),
            Clock.fixed(lastEvening.plusSeconds(2 * 3600), ZoneOffset.UTC));
    assertThat(check(files, justAfter))
        .get()
        .extracting(EidTrust.Refusal::reason)
        .isEqualTo(RefusalReason.EXPIRED);
  }
}
