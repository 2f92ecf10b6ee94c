package be.loketopmaat.adapters.kiosk.virtualcard;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.kiosk.eid.EidTrust;
import be.loketopmaat.adapters.kiosk.eid.PcscCardReader;
import be.loketopmaat.adapters.kiosk.hardware.CardRead;
import be.loketopmaat.adapters.kiosk.hardware.CardRead.RefusalReason;
import be.loketopmaat.adapters.kiosk.hardware.CardReader.Opening;
import be.loketopmaat.adapters.kiosk.hardware.EidIdentity;
import be.loketopmaat.adapters.kiosk.hardware.EidSession;
import be.loketopmaat.adapters.kiosk.hardware.PinOutcome;
import be.loketopmaat.adapters.kiosk.hardware.SignOutcome;
import be.loketopmaat.adapters.kiosk.hardware.VerifiedCard;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real PC/SC adapter, unchanged, against virtual cards reached through TerminalFactory. */
class PcscCardReaderOnVirtualCardTest {
  private static TestPki pki;
  private static VirtualEidCard expired;
  private static VirtualEidCard tampered;

  private VirtualTerminal terminal;
  private TerminalFactory factory;
  private PcscCardReader reader;
  private EidSession session;

  @BeforeAll
  static void pki() {
    pki = TestPki.generate("Kiosk");
    expired = VirtualEidCard.of(Persona.EXPIRED, pki);
    tampered = VirtualEidCard.of(Persona.TAMPERED, pki);
  }

  @BeforeEach
  void reader() throws Exception {
    terminal = new VirtualTerminal("Virtual eID reader 0");
    factory =
        TerminalFactory.getInstance(
            VirtualSmartcardProvider.TYPE, null, new VirtualSmartcardProvider(List.of(terminal)));
    reader =
        PcscCardReader.first(
                factory, "eID", new EidTrust(List.of(pki.root().certificate()), Clock.systemUTC()))
            .orElseThrow();
  }

  @AfterEach
  void close() {
    if (session != null) {
      session.close();
    }
  }

  private EidSession open(VirtualEidCard card) {
    terminal.insert(card);
    Opening opening = reader.open();
    assertThat(opening).isInstanceOf(Opening.Opened.class);
    session = ((Opening.Opened) opening).session();
    return session;
  }

  @Test
  void theFactoryComesFromTheProviderAndListsTheTerminal() throws Exception {
    assertThat(factory.getType()).isEqualTo("VirtualEid");
    assertThat(factory.terminals().list())
        .extracting(CardTerminal::getName)
        .containsExactly("Virtual eID reader 0");
    assertThat(factory.terminals().list(CardTerminals.State.CARD_PRESENT)).isEmpty();
    terminal.insert(VirtualEidCard.of(Persona.VALID, pki));
    assertThat(factory.terminals().list(CardTerminals.State.CARD_PRESENT)).hasSize(1);
    assertThat(reader.name()).isEqualTo("Virtual eID reader 0");
  }

  @Test
  void aValidCardIsReadAndVerified() {
    EidSession eid = open(VirtualEidCard.of(Persona.VALID, pki));
    CardRead<VerifiedCard> read = eid.readVerified();
    assertThat(read).isInstanceOf(CardRead.Ok.class);
    VerifiedCard card = read.orElseThrow();
    assertThat(card.identity().nationalNumber().digits()).isEqualTo("85051212376");
    assertThat(card.identity().lastName()).isEqualTo("Peeters");
    assertThat(card.identity().sex()).isEqualTo(EidIdentity.Sex.FEMALE);
    assertThat(card.address().municipality()).isEqualTo("Antwerpen");
    assertThat(card.photo()).hasSize(3064).startsWith(0xFF, 0xD8);
    assertThat(card.certificates().nationalRegister().getSubjectX500Principal().getName())
        .contains("CN=RRN");
    assertThat(eid.address().orElseThrow().streetAndNumber()).isEqualTo("Grote Markt 1");
  }

  @Test
  void anExpiredCardIsRefused() {
    CardRead<VerifiedCard> read = open(expired).readVerified();
    assertThat(read)
        .isEqualTo(
            new CardRead.Refused<>(
                RefusalReason.EXPIRED, ((CardRead.Refused<VerifiedCard>) read).detail()));
    assertThat(session.identity())
        .as("unverified reading still works")
        .isInstanceOf(CardRead.Ok.class);
  }

  @Test
  void aCardWhoseDataDoesNotMatchItsSignatureIsRefused() {
    CardRead<VerifiedCard> read = open(tampered).readVerified();
    assertThat(read).isInstanceOf(CardRead.Refused.class);
    assertThat(((CardRead.Refused<VerifiedCard>) read).reason())
        .isEqualTo(RefusalReason.SIGNATURE_MISMATCH);
  }

  @Test
  void aCardFromAnotherHierarchyIsRefusedAsUntrusted() {
    TestPki other = TestPki.generate("Other");
    CardRead<VerifiedCard> read = open(VirtualEidCard.of(Persona.VALID, other)).readVerified();
    assertThat(((CardRead.Refused<VerifiedCard>) read).reason())
        .isEqualTo(RefusalReason.UNTRUSTED_CERTIFICATE);
  }

  @Test
  void wrongPinsCountDownAndARightPinResetsTheCounter() {
    VirtualEidCard card = VirtualEidCard.of(Persona.VALID, pki);
    EidSession eid = open(card);
    assertThat(eid.verifyPin("0000".toCharArray())).isEqualTo(new PinOutcome.Wrong(2));
    assertThat(eid.verifyPin("0001".toCharArray())).isEqualTo(new PinOutcome.Wrong(1));
    assertThat(eid.verifyPin("1234".toCharArray())).isEqualTo(new PinOutcome.Accepted());
    assertThat(card.triesLeft()).isEqualTo(3);
    assertThat(eid.verifyPin("9999".toCharArray())).isEqualTo(new PinOutcome.Wrong(2));
  }

  @Test
  void threeWrongPinsBlockTheCardForGoodAcrossSessions() {
    VirtualEidCard card = VirtualEidCard.of(Persona.VALID, pki);
    EidSession eid = open(card);
    eid.verifyPin("0000".toCharArray());
    eid.verifyPin("0000".toCharArray());
    assertThat(eid.verifyPin("0000".toCharArray())).isEqualTo(new PinOutcome.Blocked());
    assertThat(eid.verifyPin("1234".toCharArray())).isEqualTo(new PinOutcome.Blocked());
    eid.close();
    terminal.remove();
    EidSession again = open(card);
    assertThat(again.verifyPin("1234".toCharArray())).isEqualTo(new PinOutcome.Blocked());
  }

  @Test
  void theBlockedPersonaRefusesEvenItsRightPin() {
    assertThat(open(VirtualEidCard.of(Persona.PIN_BLOCKED, pki)).verifyPin("4321".toCharArray()))
        .isEqualTo(new PinOutcome.Blocked());
  }

  @Test
  void aPinThatIsNotFourToTwelveDigitsUsesNoTry() {
    VirtualEidCard card = VirtualEidCard.of(Persona.VALID, pki);
    EidSession eid = open(card);
    assertThat(eid.verifyPin("12".toCharArray())).isInstanceOf(PinOutcome.Invalid.class);
    assertThat(eid.verifyPin("12ab".toCharArray())).isInstanceOf(PinOutcome.Invalid.class);
    assertThat(card.triesLeft()).isEqualTo(3);
  }

  @Test
  void theAuthenticationKeySignsAChallengeOnlyAfterThePin() throws Exception {
    EidSession eid = open(VirtualEidCard.of(Persona.VALID, pki));
    byte[] challenge = "kiosk-challenge-8f2e".getBytes(StandardCharsets.UTF_8);
    assertThat(eid.signChallenge(challenge)).isInstanceOf(SignOutcome.PinRequired.class);
    assertThat(eid.verifyPin("1234".toCharArray())).isEqualTo(new PinOutcome.Accepted());
    SignOutcome outcome = eid.signChallenge(challenge);
    assertThat(outcome).isInstanceOf(SignOutcome.Signed.class);
    SignOutcome.Signed signed = (SignOutcome.Signed) outcome;
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(signed.authenticationCertificate());
    verifier.update(challenge);
    assertThat(verifier.verify(signed.signature())).isTrue();
    verifier.initVerify(signed.authenticationCertificate());
    verifier.update("another challenge".getBytes(StandardCharsets.UTF_8));
    assertThat(verifier.verify(signed.signature())).isFalse();
    assertThat(signed.authenticationCertificate().getSubjectX500Principal().toString())
        .contains("SERIALNUMBER=85051212376");
  }

  @Test
  void aNewConnectionForgetsTheVerifiedPin() {
    VirtualEidCard card = VirtualEidCard.of(Persona.VALID, pki);
    EidSession eid = open(card);
    eid.verifyPin("1234".toCharArray());
    eid.close();
    Opening opening = reader.open();
    session = ((Opening.Opened) opening).session();
    assertThat(session.signChallenge(new byte[] {1, 2, 3}))
        .isInstanceOf(SignOutcome.PinRequired.class);
  }

  @Test
  void aCardPulledOutMidReadIsRemovedNotFailedAndKeepsNothing() {
    EidSession eid = open(VirtualEidCard.of(Persona.VALID, pki));
    // The photo is 3064 bytes: 13 blocks of 248; pull the card out after the select and three
    // blocks.
    terminal.removeAfter(4);
    assertThat(eid.readVerified()).isInstanceOf(CardRead.Removed.class);
    assertThat(reader.isCardPresent()).isFalse();
    assertThat(eid.identity()).isInstanceOf(CardRead.Removed.class);
    assertThat(eid.verifyPin("1234".toCharArray())).isEqualTo(new PinOutcome.Removed());
    assertThat(eid.signChallenge(new byte[] {1})).isInstanceOf(SignOutcome.Removed.class);
    assertThat(reader.open()).isInstanceOf(Opening.NoCard.class);
  }

  @Test
  void aSessionOnAnOldCardDoesNotTalkToTheNextOne() {
    EidSession first = open(VirtualEidCard.of(Persona.VALID, pki));
    terminal.remove();
    terminal.insert(VirtualEidCard.of(Persona.VALID, pki));
    assertThat(first.identity()).isInstanceOf(CardRead.Failed.class);
  }

  @Test
  void waitsForInsertionAndRemoval() throws Exception {
    assertThat(reader.awaitCard(Duration.ofMillis(50))).isFalse();
    assertThat(reader.open()).isInstanceOf(Opening.NoCard.class);
    VirtualEidCard card = VirtualEidCard.of(Persona.VALID, pki);
    CompletableFuture<Boolean> inserted =
        CompletableFuture.supplyAsync(() -> reader.awaitCard(Duration.ofSeconds(5)));
    Thread.sleep(50);
    terminal.insert(card);
    assertThat(inserted.get(5, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Boolean> removed =
        CompletableFuture.supplyAsync(() -> reader.awaitRemoval(Duration.ofSeconds(5)));
    Thread.sleep(50);
    terminal.remove();
    assertThat(removed.get(5, TimeUnit.SECONDS)).isTrue();
    CardTerminals terminals = factory.terminals();
    assertThat(terminals.waitForChange(10)).as("no card then, no card now").isFalse();
    terminal.insert(card);
    assertThat(terminals.waitForChange(1000)).isTrue();
    assertThat(terminals.list(CardTerminals.State.CARD_INSERTION)).hasSize(1);
  }
}
