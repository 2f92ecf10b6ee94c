package be.loketopmaat.adapters.kiosk.session;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.kiosk.attest.AttestPdf;
import be.loketopmaat.adapters.kiosk.attest.KioskLanguage;
import be.loketopmaat.adapters.kiosk.eid.EidTrust;
import be.loketopmaat.adapters.kiosk.eid.PcscCardReader;
import be.loketopmaat.adapters.kiosk.hardware.DocumentPrinter;
import be.loketopmaat.adapters.kiosk.hardware.PrintOutcome;
import be.loketopmaat.adapters.kiosk.hardware.VerifiedCard;
import be.loketopmaat.adapters.kiosk.ipp.IppDocumentPrinter;
import be.loketopmaat.adapters.kiosk.ipp.IppPrinterSimulator;
import be.loketopmaat.adapters.kiosk.session.KioskSession.Step;
import be.loketopmaat.adapters.kiosk.virtualcard.Persona;
import be.loketopmaat.adapters.kiosk.virtualcard.TestPki;
import be.loketopmaat.adapters.kiosk.virtualcard.VirtualEidCard;
import be.loketopmaat.adapters.kiosk.virtualcard.VirtualSmartcardProvider;
import be.loketopmaat.adapters.kiosk.virtualcard.VirtualTerminal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The session on the virtual card (through the PC/SC adapter) and the IPP simulator (over HTTP).
 */
class KioskSessionTest {
  private static TestPki pki;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T09:00:00Z"));
  private VirtualTerminal terminal;
  private IppPrinterSimulator simulator;
  private KioskSession session;
  private Optional<String> documentsDown = Optional.empty();

  @BeforeAll
  static void pki() {
    pki = TestPki.generate("Session");
  }

  @BeforeEach
  void kiosk() {
    terminal = new VirtualTerminal("Virtual eID reader");
    kioskWithPaper(50);
  }

  private void kioskWithPaper(int sheets) {
    if (simulator != null) {
      simulator.close();
    }
    PcscCardReader reader =
        PcscCardReader.first(
                VirtualSmartcardProvider.factory(terminal),
                "",
                new EidTrust(List.of(pki.root().certificate()), Clock.systemUTC()))
            .orElseThrow();
    simulator = IppPrinterSimulator.start(0, sheets);
    DocumentPrinter printer =
        new IppDocumentPrinter(
            simulator.uri(), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5));
    session = new KioskSession(reader, printer, this::attest, clock, Duration.ofMinutes(2));
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  private Optional<DocumentPrinter.Document> attest(VerifiedCard citizen, String choice) {
    if (documentsDown.isPresent()) {
      return Optional.empty();
    }
    byte[] pdf =
        AttestPdf.render(
            new AttestPdf.Attest(
                "Stad Antwerpen",
                "Bewijs van woonst",
                List.of(
                    citizen.identity().firstNames() + " " + citizen.identity().lastName(),
                    citizen.address().streetAndNumber()
                        + ", "
                        + citizen.address().postalCode()
                        + " "
                        + citizen.address().municipality()),
                ZonedDateTime.now(clock),
                URI.create("https://loket.example/verify/1"),
                KioskLanguage.NL));
    return Optional.of(new DocumentPrinter.Document(choice, pdf));
  }

  private void insert(Persona persona) {
    terminal.insert(VirtualEidCard.of(persona, pki));
    session.cardInserted();
  }

  @Test
  void cardInPinChoosePrintCardOut() throws Exception {
    insert(Persona.VALID);
    assertThat(session.step()).isEqualTo(Step.ENTER_PIN);
    assertThat(session.citizen())
        .get()
        .extracting(c -> c.identity().lastName())
        .isEqualTo("Peeters");
    char[] wrong = "0000".toCharArray();
    session.enterPin(wrong);
    assertThat(wrong).as("the PIN is wiped").containsOnly('\0');
    assertThat(session.step()).isEqualTo(Step.ENTER_PIN);
    assertThat(session.notice()).contains(Notice.PIN_WRONG);
    assertThat(session.triesLeft()).isEqualTo(2);
    session.enterPin("1234".toCharArray());
    assertThat(session.step()).isEqualTo(Step.CHOOSE);
    assertThat(session.choose("residence")).isInstanceOf(PrintOutcome.Printed.class);
    assertThat(session.step()).isEqualTo(Step.TAKE_CARD);
    assertThat(session.notice()).contains(Notice.PRINTED);
    assertThat(session.citizen()).as("wiped once printed").isEmpty();
    try (PDDocument printed = Loader.loadPDF(simulator.printed().get(0).pdf())) {
      assertThat(new PDFTextStripper().getText(printed))
          .contains("Anna Maria Peeters", "Grote Markt 1, 2000 Antwerpen");
    }
    terminal.remove();
    session.cardRemoved();
    assertThat(session.step()).isEqualTo(Step.INSERT_CARD);
    assertThat(session.notice()).isEmpty();
  }

  @Test
  void expiredAndTamperedCardsAreRefusedAndNothingIsKept() {
    insert(Persona.EXPIRED);
    assertThat(session.step()).isEqualTo(Step.TAKE_CARD);
    assertThat(session.notice()).contains(Notice.CARD_EXPIRED);
    assertThat(session.citizen()).isEmpty();
    terminal.remove();
    session.cardRemoved();
    insert(Persona.TAMPERED);
    assertThat(session.notice()).contains(Notice.CARD_REFUSED);
    assertThat(session.citizen()).isEmpty();
  }

  @Test
  void threeWrongPinsBlockAndEndTheSession() {
    insert(Persona.VALID);
    session.enterPin("1111".toCharArray());
    session.enterPin("2222".toCharArray());
    session.enterPin("3333".toCharArray());
    assertThat(session.step()).isEqualTo(Step.TAKE_CARD);
    assertThat(session.notice()).contains(Notice.PIN_BLOCKED);
    assertThat(session.citizen()).isEmpty();
    session.enterPin("1234".toCharArray());
    assertThat(session.step()).as("no PIN is taken at TAKE_CARD").isEqualTo(Step.TAKE_CARD);
  }

  @Test
  void aMalformedPinUsesNoTry() {
    insert(Persona.VALID);
    session.enterPin("12".toCharArray());
    assertThat(session.notice()).contains(Notice.PIN_INVALID);
    session.enterPin("1234".toCharArray());
    assertThat(session.step()).isEqualTo(Step.CHOOSE);
  }

  @Test
  void aCardPulledOutWhileBeingReadEndsTheSessionWithNothingKept() {
    terminal.insert(VirtualEidCard.of(Persona.VALID, pki));
    terminal.removeAfter(6);
    session.cardInserted();
    assertThat(session.step()).isEqualTo(Step.INSERT_CARD);
    assertThat(session.notice()).contains(Notice.CARD_REMOVED);
    assertThat(session.citizen()).isEmpty();
  }

  @Test
  void aCardPulledOutWhileChoosingEndsTheSession() {
    insert(Persona.VALID);
    session.enterPin("1234".toCharArray());
    terminal.remove();
    session.cardRemoved();
    assertThat(session.step()).isEqualTo(Step.INSERT_CARD);
    assertThat(session.notice()).contains(Notice.CARD_REMOVED);
    assertThat(session.citizen()).isEmpty();
    assertThat(session.choose("residence")).isInstanceOf(PrintOutcome.Rejected.class);
    assertThat(simulator.printed()).isEmpty();
  }

  @Test
  void anIdleSessionTimesOutAndIsWiped() {
    insert(Persona.VALID);
    session.enterPin("1234".toCharArray());
    clock.advance(Duration.ofSeconds(119));
    session.tick();
    assertThat(session.step()).isEqualTo(Step.CHOOSE);
    clock.advance(Duration.ofSeconds(1));
    session.tick();
    assertThat(session.step()).isEqualTo(Step.TAKE_CARD);
    assertThat(session.notice()).contains(Notice.TIMED_OUT);
    assertThat(session.citizen()).isEmpty();
    terminal.remove();
    clock.advance(Duration.ofMinutes(3));
    session.tick();
    assertThat(session.step()).isEqualTo(Step.INSERT_CARD);
  }

  @Test
  void anEmptyPrinterPrintsNothingAndSaysSo() {
    kioskWithPaper(0);
    insert(Persona.VALID);
    session.enterPin("1234".toCharArray());
    assertThat(session.choose("residence")).isEqualTo(new PrintOutcome.OutOfPaper());
    assertThat(session.notice()).contains(Notice.PRINTER_OUT_OF_PAPER);
    assertThat(session.step()).isEqualTo(Step.TAKE_CARD);
    assertThat(simulator.printed()).isEmpty();
  }

  @Test
  void aDocumentThatCannotBeMadeLetsTheCitizenChooseAgain() {
    insert(Persona.VALID);
    session.enterPin("1234".toCharArray());
    documentsDown = Optional.of("down");
    assertThat(session.choose("residence")).isInstanceOf(PrintOutcome.Rejected.class);
    assertThat(session.step()).isEqualTo(Step.CHOOSE);
    assertThat(session.notice()).contains(Notice.DOCUMENT_UNAVAILABLE);
  }

  @Test
  void noticesSpeakTheCitizensLanguage() {
    assertThat(Notice.PIN_WRONG.text(KioskLanguage.NL, 2))
        .isEqualTo("Verkeerde pincode. U kunt het nog 2 keer proberen.");
    assertThat(Notice.PIN_WRONG.text(KioskLanguage.FR, 1)).contains("Il vous reste 1 essai");
    assertThat(Notice.CARD_REMOVED.text(KioskLanguage.EN))
        .isEqualTo("The card was removed. Nothing was kept.");
    for (Notice notice : Notice.values()) {
      assertThat(notice.text(KioskLanguage.NL, 1))
          .isNotEqualTo(notice.text(KioskLanguage.FR, 1))
          .isNotEqualTo(notice.text(KioskLanguage.EN, 1));
    }
  }

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
