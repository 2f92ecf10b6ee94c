package be.loketopmaat.adapters.kiosk.eid;

import be.loketopmaat.adapters.kiosk.hardware.CardRead.RefusalReason;
import be.loketopmaat.adapters.kiosk.hardware.EidCertificates;
import be.loketopmaat.adapters.kiosk.hardware.EidIdentity;
import be.loketopmaat.domain.calendar.CityTime;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The integrity check of a card's files, against the roots the kiosk trusts.
 *
 * <ol>
 *   <li>the card's root certificate (503B) is one of the trusted roots, byte for byte;
 *   <li>the National Register certificate (503C) and the citizen CA (503A) are signed by that root,
 *       the authentication certificate (5038) by the citizen CA, all valid now;
 *   <li>the identity file's signature (4032) verifies with the National Register key over the
 *       identity file; the address signature (4034) over the address file without its zero padding
 *       followed by the identity signature (so an address cannot be moved to another card);
 *   <li>the photo matches its hash in the identity file (SHA-256, or SHA-1 on older cards);
 *   <li>the card is in its validity period, in Brussels time.
 * </ol>
 *
 * RSA National Register keys sign with SHA-256 (SHA-1 on cards issued before 2014, still accepted);
 * EC keys (cards from applet 1.8 on) with SHA-384.
 */
public final class EidTrust {
  private static final ZoneId BRUSSELS = CityTime.ZONE;

  private final List<X509Certificate> trustedRoots;
  private final Clock clock;

  public EidTrust(List<X509Certificate> trustedRoots, Clock clock) {
    if (trustedRoots.isEmpty()) {
      throw new IllegalArgumentException("at least one trusted root is needed");
    }
    this.trustedRoots = List.copyOf(trustedRoots);
    this.clock = clock;
  }

  /** Why the card is refused, or empty when everything checks. */
  public Optional<Refusal> check(
      EidFiles files, EidIdentity identity, EidCertificates certificates) {
    X509Certificate root = certificates.root();
    if (trustedRoots.stream().noneMatch(t -> sameEncoding(t, root))) {
      return refuse(
          RefusalReason.UNTRUSTED_CERTIFICATE, "the card's root certificate is not trusted");
    }
    if (!issuedBy(certificates.nationalRegister(), root)) {
      return refuse(
          RefusalReason.UNTRUSTED_CERTIFICATE,
          "the National Register certificate is not from the root");
    }
    PublicKey rrn = certificates.nationalRegister().getPublicKey();
    if (!verifies(rrn, files.identity(), files.identitySignature())) {
      return refuse(
          RefusalReason.SIGNATURE_MISMATCH, "the identity file does not match its signature");
    }
    byte[] addressSigned =
        concat(Tlv.trimTrailingZeros(files.address()), files.identitySignature());
    if (!verifies(rrn, addressSigned, files.addressSignature())) {
      return refuse(
          RefusalReason.SIGNATURE_MISMATCH, "the address file does not match its signature");
    }
    if (!photoMatches(identity.photoDigest(), files.photo())) {
      return refuse(RefusalReason.SIGNATURE_MISMATCH, "the photo does not match its hash");
    }
    LocalDate today = LocalDate.now(clock.withZone(BRUSSELS));
    if (!identity.validOn(today)) {
      return refuse(
          RefusalReason.EXPIRED,
          "the card is valid from " + identity.validFrom() + " until " + identity.validUntil());
    }
    return checkChain(certificates);
  }

  /**
   * The chain from the authentication certificate through the citizen CA to a trusted root, each
   * valid now: what a signature over a challenge is checked against.
   */
  public Optional<Refusal> checkChain(EidCertificates certificates) {
    X509Certificate root = certificates.root();
    if (trustedRoots.stream().noneMatch(t -> sameEncoding(t, root))) {
      return refuse(
          RefusalReason.UNTRUSTED_CERTIFICATE, "the card's root certificate is not trusted");
    }
    if (!issuedBy(certificates.citizenCa(), root)
        || !issuedBy(certificates.authentication(), certificates.citizenCa())) {
      return refuse(
          RefusalReason.UNTRUSTED_CERTIFICATE,
          "the authentication certificate does not chain to the root");
    }
    return Optional.empty();
  }

  private boolean issuedBy(X509Certificate certificate, X509Certificate issuer) {
    try {
      certificate.verify(issuer.getPublicKey());
      certificate.checkValidity(java.util.Date.from(clock.instant()));
      return certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal());
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static boolean verifies(PublicKey key, byte[] data, byte[] signature) {
    List<String> algorithms =
        "EC".equals(key.getAlgorithm())
            ? List.of("SHA384withECDSA")
            : List.of("SHA256withRSA", "SHA1withRSA");
    for (String algorithm : algorithms) {
      try {
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(key);
        verifier.update(data);
        if (verifier.verify(signature)) {
          return true;
        }
      } catch (GeneralSecurityException e) {
        // A signature that cannot even be parsed does not verify.
      }
    }
    return false;
  }

  private static boolean photoMatches(byte[] digest, byte[] photo) {
    String algorithm = digest.length == 32 ? "SHA-256" : digest.length == 20 ? "SHA-1" : null;
    if (algorithm == null) {
      return false;
    }
    try {
      return MessageDigest.isEqual(digest, MessageDigest.getInstance(algorithm).digest(photo));
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static boolean sameEncoding(X509Certificate a, X509Certificate b) {
    try {
      return Arrays.equals(a.getEncoded(), b.getEncoded());
    } catch (CertificateEncodingException e) {
      return false;
    }
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }

  private static Optional<Refusal> refuse(RefusalReason reason, String detail) {
    return Optional.of(new Refusal(reason, detail));
  }

  /** A reason to refuse the card, with a sentence for the log. */
  public record Refusal(RefusalReason reason, String detail) {}

  /** The raw files the check needs. */
  public record EidFiles(
      byte[] identity,
      byte[] identitySignature,
      byte[] address,
      byte[] addressSignature,
      byte[] photo) {}
}
