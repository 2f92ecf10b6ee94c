package be.loketopmaat.bootstrap;

import be.loketopmaat.adapters.kiosk.virtualcard.TestPki;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.in.CounterQueueUseCase;
import be.loketopmaat.application.port.in.PinCodesUseCase;
import be.loketopmaat.application.port.out.KioskStore;
import be.loketopmaat.application.port.out.KioskUsageLog;
import be.loketopmaat.application.port.out.RegisterReads;
import be.loketopmaat.application.port.out.TicketRepository;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.federal.CivilStatusRegistry;
import be.loketopmaat.application.port.out.federal.PopulationRegister;
import be.loketopmaat.application.service.CachingLocationRepository;
import be.loketopmaat.application.service.CachingProductRepository;
import be.loketopmaat.application.service.KioskAdminService;
import be.loketopmaat.application.service.KioskService;
import be.loketopmaat.application.service.KioskSettings;
import be.loketopmaat.application.service.KioskTicketService;
import be.loketopmaat.domain.kiosk.CardLogin;
import be.loketopmaat.domain.kiosk.Secrets;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the city's side of the kiosks. The eID roots it trusts are the certificate files (PEM or
 * DER) in {@code loket.kiosk.eid-roots}; left empty (a first run), the root of the kiosks' test PKI
 * in {@code loket.kiosk.test-pki}, which a simulated kiosk terminal shares. The usage log's
 * pseudonyms are keyed with {@code loket.kiosk.pseudonym-key}; left empty, a random key for this
 * run (pseudonyms then do not link across restarts).
 */
@Factory
public class KioskLinks {
  private static final Logger LOG = LoggerFactory.getLogger(KioskLinks.class);
  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

  /** What the startup checked of {@code loket.kiosk.*}. */
  public record KioskConfiguration(boolean testPki) {}

  /**
   * Checked at startup: a city running for real ({@code loket.federal.simulators=false}) must name
   * the eID roots kiosk logins chain to, and the key that pseudonymises the usage log, so that no
   * kiosk ever trusts the test PKI's cards, nor loses its pseudonyms' link at a restart, by a
   * forgotten setting.
   */
  @Context
  KioskConfiguration kioskConfiguration(
      @Value("${loket.federal.simulators:true}") boolean simulatorsAllowed,
      @Nullable @Value("${loket.kiosk.eid-roots:}") String roots,
      @Nullable @Value("${loket.kiosk.pseudonym-key:}") String pseudonymKey) {
    boolean testPki = roots == null || roots.isBlank();
    if (!simulatorsAllowed && testPki) {
      throw new IllegalStateException(
          "No eID roots configured: set loket.kiosk.eid-roots (the eID root certificates kiosk"
              + " logins chain to), or loket.federal.simulators=true to trust the kiosks' test PKI");
    }
    if (!simulatorsAllowed && (pseudonymKey == null || pseudonymKey.isBlank())) {
      throw new IllegalStateException(
          "No pseudonym key configured: set loket.kiosk.pseudonym-key (at least 16 bytes), or"
              + " loket.federal.simulators=true to pseudonymise with a key of this run");
    }
    return new KioskConfiguration(testPki);
  }

  @Singleton
  KioskSettings kioskSettings(
      @Nullable @Value("${loket.kiosk.eid-roots:}") String roots,
      @Nullable @Value("${loket.kiosk.test-pki:}") String testPkiFile,
      @Nullable @Value("${loket.kiosk.pseudonym-key:}") String pseudonymKey,
      @Value("${loket.kiosk.challenge-ttl:60s}") Duration challengeTtl,
      @Value("${loket.kiosk.session-ttl:10m}") Duration sessionTtl,
      @Value("${loket.kiosk.silence:3m}") Duration silence) {
    List<byte[]> trusted = new ArrayList<>();
    Path testPki =
        testPkiFile == null || testPkiFile.isBlank()
            ? Path.of(System.getProperty("java.io.tmpdir"), "loket-kiosk", "test-pki.p12")
            : Path.of(testPkiFile);
    if (roots == null || roots.isBlank()) {
      LOG.warn(
          "No eID roots configured (loket.kiosk.eid-roots): kiosks' cards are checked against the"
              + " TEST PKI in {}; never so in production",
          testPki);
      try {
        trusted.add(TestPki.loadOrGenerate(testPki, "Kiosk").root().certificate().getEncoded());
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    } else {
      for (String file : COMMA.splitAsStream(roots.strip()).toList()) {
        trusted.add(certificate(Path.of(file)));
      }
    }
    byte[] key;
    if (pseudonymKey == null || pseudonymKey.isBlank()) {
      LOG.warn(
          "No loket.kiosk.pseudonym-key: the kiosks' usage log pseudonymises with a random key of"
              + " this run");
      key = Secrets.randomBytes(32);
    } else {
      key = pseudonymKey.strip().getBytes(StandardCharsets.UTF_8);
    }
    return new KioskSettings(new CardLogin(trusted), key, challengeTtl, sessionTtl, silence);
  }

  @Singleton
  KioskService kioskService(
      KioskStore store,
      KioskUsageLog log,
      CachingProductRepository products,
      PopulationRegister register,
      CivilStatusRegistry civilStatus,
      RegisterReads reads,
      PinCodesUseCase pinCodes,
      KioskSettings settings,
      Clock clock) {
    return new KioskService(
        store, log, products, register, civilStatus, reads, pinCodes, settings, clock);
  }

  @Singleton
  KioskTicketService kioskTicketService(
      KioskStore store,
      KioskUsageLog log,
      CachingLocationRepository locations,
      CachingProductRepository products,
      TicketRepository tickets,
      CityProfileUseCase city,
      CounterQueueUseCase counter,
      Transactions transactions,
      Clock clock) {
    return new KioskTicketService(
        store, log, locations, products, tickets, city, counter, transactions, clock);
  }

  @Singleton
  KioskAdminService kioskAdminService(
      KioskStore store,
      KioskUsageLog log,
      CachingLocationRepository locations,
      KioskSettings settings,
      @Value("${loket.kiosk.keep-threshold:100}") long keepThreshold,
      Clock clock) {
    return new KioskAdminService(store, log, locations, settings.silence(), keepThreshold, clock);
  }

  private static byte[] certificate(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return CertificateFactory.getInstance("X.509").generateCertificate(in).getEncoded();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the eID root " + file, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("the eID root " + file + " is not a certificate", e);
    }
  }
}
