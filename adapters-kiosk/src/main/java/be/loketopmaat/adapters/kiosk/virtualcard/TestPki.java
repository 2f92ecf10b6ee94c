package be.loketopmaat.adapters.kiosk.virtualcard;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test certificate hierarchy shaped like Belgium's: a root, a citizen CA under it that issues the
 * citizens' authentication and signing certificates, and the National Register (RRN) certificate,
 * also under the root, whose key signs the identity and address files. RSA 2048, SHA-256. Never
 * trusted by a real kiosk: only the tests and the simulated kiosk put this root in their {@code
 * EidTrust}.
 */
public final class TestPki {
  private static final SecureRandom RANDOM = new SecureRandom();
  // A test hierarchy only: the file's password protects nothing of value.
  private static final char[] STORE_PASSWORD = "loket-test-pki".toCharArray();
  private static final AtomicLong SERIALS = new AtomicLong(System.nanoTime());

  private final Issued root;
  private final Issued citizenCa;
  private final Issued nationalRegister;

  private TestPki(String name) {
    Instant from = Instant.now().minus(Duration.ofDays(3650));
    Instant until = Instant.now().plus(Duration.ofDays(3650));
    KeyPair rootKeys = rsa();
    X500Name rootName = new X500Name("CN=" + name + " Test Root CA, O=Loket op Maat test, C=BE");
    root =
        new Issued(
            rootKeys.getPrivate(),
            certificate(
                rootName,
                rootKeys.getPublic(),
                rootName,
                rootKeys.getPrivate(),
                from,
                until,
                true,
                KeyUsage.keyCertSign | KeyUsage.cRLSign));
    citizenCa =
        issue(
            new X500Name("CN=" + name + " Test Citizen CA, O=Loket op Maat test, C=BE"),
            root,
            from,
            until,
            true,
            KeyUsage.keyCertSign | KeyUsage.cRLSign);
    nationalRegister =
        issue(
            new X500Name("CN=RRN, O=" + name + " Test RRN, C=BE"),
            root,
            from,
            until,
            false,
            KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
  }

  private TestPki(Issued root, Issued citizenCa, Issued nationalRegister) {
    this.root = root;
    this.citizenCa = citizenCa;
    this.nationalRegister = nationalRegister;
  }

  /**
   * The hierarchy kept in {@code file} (PKCS#12), or a new one written there: so that the service
   * and a simulated kiosk terminal started apart share one test root on a first run.
   */
  public static synchronized TestPki loadOrGenerate(Path file, String name) {
    try {
      if (Files.isRegularFile(file)) {
        return load(file);
      }
      TestPki pki = generate(name);
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      X509Certificate rootCertificate = pki.root.certificate();
      store.setKeyEntry(
          "root", pki.root.key(), STORE_PASSWORD, new Certificate[] {rootCertificate});
      store.setKeyEntry(
          "citizen-ca",
          pki.citizenCa.key(),
          STORE_PASSWORD,
          new Certificate[] {pki.citizenCa.certificate(), rootCertificate});
      store.setKeyEntry(
          "rrn",
          pki.nationalRegister.key(),
          STORE_PASSWORD,
          new Certificate[] {pki.nationalRegister.certificate(), rootCertificate});
      Path written = Files.createTempFile(parent == null ? Path.of(".") : parent, "pki", ".tmp");
      try (OutputStream out = Files.newOutputStream(written)) {
        store.store(out, STORE_PASSWORD);
      }
      Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
      return pki;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TestPki load(Path file) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, STORE_PASSWORD);
    }
    return new TestPki(entry(store, "root"), entry(store, "citizen-ca"), entry(store, "rrn"));
  }

  private static Issued entry(KeyStore store, String alias) throws GeneralSecurityException {
    return new Issued(
        (PrivateKey) store.getKey(alias, STORE_PASSWORD),
        (X509Certificate) store.getCertificate(alias));
  }

  /** A new hierarchy; {@code name} tells two of them apart in their subjects. */
  public static TestPki generate(String name) {
    return new TestPki(name);
  }

  public Issued root() {
    return root;
  }

  public Issued citizenCa() {
    return citizenCa;
  }

  public Issued nationalRegister() {
    return nationalRegister;
  }

  /**
   * A citizen's certificate from the citizen CA (authentication or signing), valid ten years either
   * side of now.
   */
  public Issued issueCitizen(String commonName, String serialNumber, String purpose) {
    Instant from = Instant.now().minus(Duration.ofDays(3650));
    X500Name subject =
        new X500Name(
            "CN=" + commonName + " (" + purpose + "), SERIALNUMBER=" + serialNumber + ", C=BE");
    int usage =
        "Authentication".equals(purpose) ? KeyUsage.digitalSignature : KeyUsage.nonRepudiation;
    return issue(subject, citizenCa, from, Instant.now().plus(Duration.ofDays(3650)), false, usage);
  }

  private static Issued issue(
      X500Name subject, Issued issuer, Instant from, Instant until, boolean ca, int usage) {
    KeyPair keys = rsa();
    X500Name issuerName =
        X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
    return new Issued(
        keys.getPrivate(),
        certificate(subject, keys.getPublic(), issuerName, issuer.key(), from, until, ca, usage));
  }

  private static X509Certificate certificate(
      X500Name subject,
      PublicKey key,
      X500Name issuer,
      PrivateKey issuerKey,
      Instant from,
      Instant until,
      boolean ca,
      int usage) {
    try {
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
                  issuer,
                  BigInteger.valueOf(SERIALS.incrementAndGet()),
                  Date.from(from),
                  Date.from(until),
                  subject,
                  key)
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(ca))
              .addExtension(Extension.keyUsage, true, new KeyUsage(usage));
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
      throw new IllegalStateException("cannot make a test certificate", e);
    }
  }

  static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048, RANDOM);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A private key and the certificate of its public key. */
  public record Issued(PrivateKey key, X509Certificate certificate) {}
}
