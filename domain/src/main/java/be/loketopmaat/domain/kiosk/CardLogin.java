package be.loketopmaat.domain.kiosk;

import be.loketopmaat.domain.citizen.NationalNumber;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check of a Belgian eID card's login at a kiosk: the authentication certificate, the citizen
 * CA and the root (DER, in that order) chain to one of the trusted roots and are valid now, and the
 * signature over the challenge verifies with the authentication key (SHA256withRSA, or
 * SHA384withECDSA for EC keys). The citizen is the National Register number in the certificate's
 * SERIALNUMBER.
 */
public final class CardLogin {
  private static final Pattern SERIAL = Pattern.compile("(?:^|,\\s*)SERIALNUMBER=(\\d{11})(?:,|$)");
  private static final Pattern SERIAL_OID =
      Pattern.compile("(?:^|,\\s*)OID\\.2\\.5\\.4\\.5=(\\d{11})(?:,|$)");

  private static final Pattern COMMON_NAME =
      Pattern.compile("(?:^|,\\s*)CN=([^,(]+)(?:\\s*\\([^)]*\\))?(?:,|$)");

  private final List<X509Certificate> trustedRoots;

  /** {@code trustedRoots}: the DER encodings of the eID roots to trust. */
  public CardLogin(List<byte[]> trustedRoots) {
    List<X509Certificate> roots = new ArrayList<>();
    for (byte[] der : trustedRoots) {
      roots.add(
          certificate(der)
              .orElseThrow(() -> new IllegalArgumentException("a trusted root is not X.509")));
    }
    if (roots.isEmpty()) {
      throw new IllegalArgumentException("at least one trusted eID root is needed");
    }
    this.trustedRoots = List.copyOf(roots);
  }

  /** What the check gave. */
  public sealed interface Outcome permits Verified, Refused {}

  /** The card signed the challenge; it belongs to {@code citizen}. */
  public record Verified(NationalNumber citizen, String name) implements Outcome {}

  /** Why nothing opens, for the usage log (never shown with personal data). */
  public record Refused(String reason) implements Outcome {}

  public Outcome check(List<byte[]> chain, byte[] challenge, byte[] signature, Instant now) {
    if (chain == null || chain.size() != 3 || signature == null || signature.length == 0) {
      return new Refused("the chain needs the authentication, citizen CA and root certificates");
    }
    List<X509Certificate> certificates = new ArrayList<>();
    for (byte[] der : chain) {
      Optional<X509Certificate> parsed = certificate(der);
      if (parsed.isEmpty()) {
        return new Refused("a certificate of the chain is not X.509");
      }
      certificates.add(parsed.get());
    }
    X509Certificate authentication = certificates.get(0);
    X509Certificate citizenCa = certificates.get(1);
    X509Certificate root = certificates.get(2);
    if (trustedRoots.stream().noneMatch(t -> sameEncoding(t, root))) {
      return new Refused("the card's root is not a trusted eID root");
    }
    Date at = Date.from(now);
    if (!issuedBy(citizenCa, root, at) || !issuedBy(authentication, citizenCa, at)) {
      return new Refused("the authentication certificate does not chain to the root");
    }
    if (!verifies(authentication.getPublicKey(), challenge, signature)) {
      return new Refused("the signature over the challenge does not verify");
    }
    Optional<NationalNumber> citizen = nationalNumber(authentication);
    if (citizen.isEmpty()) {
      return new Refused("the certificate names no National Register number");
    }
    return new Verified(citizen.get(), name(authentication));
  }

  private static Optional<NationalNumber> nationalNumber(X509Certificate certificate) {
    String subject = subject(certificate);
    for (Pattern pattern : List.of(SERIAL, SERIAL_OID)) {
      Matcher matcher = pattern.matcher(subject);
      if (matcher.find()) {
        try {
          return Optional.of(new NationalNumber(matcher.group(1)));
        } catch (RuntimeException notANumber) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** The holder's name: the common name without its "(Authentication)". */
  private static String name(X509Certificate certificate) {
    Matcher matcher = COMMON_NAME.matcher(subject(certificate));
    return matcher.find() ? matcher.group(1).strip() : "eID holder";
  }

  /** The subject's name as the JDK writes it ({@code CN=..., SERIALNUMBER=..., C=BE}). */
  private static String subject(X509Certificate certificate) {
    Object name = certificate.getSubjectX500Principal();
    return name.toString();
  }

  private static boolean issuedBy(X509Certificate certificate, X509Certificate issuer, Date at) {
    try {
      certificate.verify(issuer.getPublicKey());
      certificate.checkValidity(at);
      // Held as plain objects: the domain keeps to java.* (X500Principal is javax), and its equals
      // compares the names' canonical forms.
      Object issuerName = certificate.getIssuerX500Principal();
      Object subjectName = issuer.getSubjectX500Principal();
      return Objects.equals(issuerName, subjectName);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static boolean verifies(PublicKey key, byte[] data, byte[] signature) {
    String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA384withECDSA" : "SHA256withRSA";
    try {
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(key);
      verifier.update(data);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static boolean sameEncoding(X509Certificate a, X509Certificate b) {
    try {
      return MessageDigest.isEqual(a.getEncoded(), b.getEncoded());
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static Optional<X509Certificate> certificate(byte[] der) {
    if (der == null || der.length == 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(der)));
    } catch (GeneralSecurityException | ClassCastException e) {
      return Optional.empty();
    }
  }
}
