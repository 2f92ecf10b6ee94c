package be.loketopmaat.adapters.federal.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.port.out.federal.CitizenMailbox;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.mailbox.DeliveryStatus;
import be.loketopmaat.domain.mailbox.MailboxDocument;
import be.loketopmaat.domain.mailbox.MailboxMessage;
import be.loketopmaat.domain.mailbox.MailboxRefusedException;
import be.loketopmaat.domain.mailbox.MessageKey;
import be.loketopmaat.domain.mailbox.Publication;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CitizenMailbox} must do, whatever system is behind it. An implementation's test
 * extends this and provides the mailbox and the ways a test drives it: a citizen's consent, what
 * lies in a citizen's mailbox, a citizen opening a message.
 */
public abstract class CitizenMailboxContract {
  protected static final NationalNumber AN = NationalNumber.of("85073100328");
  protected static final NationalNumber BART = NationalNumber.of("01020300170");
  protected static final MailboxDocument ATTEST =
      MailboxDocument.pdf(
          "attest-hoofdverblijf.pdf", "%PDF-1.7 attest".getBytes(StandardCharsets.US_ASCII));

  protected abstract CitizenMailbox mailbox();

  protected abstract void consent(NationalNumber citizen, boolean given);

  /** The subjects of the messages in the citizen's mailbox, oldest first. */
  protected abstract List<String> subjectsFor(NationalNumber citizen);

  /** The documents' bytes of the citizen's messages, in order. */
  protected abstract List<byte[]> documentsFor(NationalNumber citizen);

  protected abstract void read(String messageId);

  protected static MailboxMessage attestFor(NationalNumber citizen, String subject) {
    return new MailboxMessage(
        citizen, Language.NL, subject, "In bijlage vindt u uw attest.", List.of(ATTEST));
  }

  @Test
  void aCitizenWhoAgreedHasConsentAndOneWhoDidNotHasNone() {
    consent(AN, true);

    assertThat(mailbox().hasConsent(AN)).isTrue();
    assertThat(mailbox().hasConsent(BART)).isFalse();
    consent(AN, false);
    assertThat(mailbox().hasConsent(AN)).isFalse();
  }

  @Test
  void aPublishedMessageLiesInTheCitizensMailboxWithItsDocument() {
    consent(AN, true);

    Publication publication =
        mailbox().publish(attestFor(AN, "Uw attest van hoofdverblijf"), MessageKey.random());

    assertThat(publication.duplicate()).isFalse();
    assertThat(subjectsFor(AN)).containsExactly("Uw attest van hoofdverblijf");
    assertThat(documentsFor(AN)).singleElement().isEqualTo(ATTEST.content());
    assertThat(mailbox().deliveryStatus(publication.messageId()))
        .contains(DeliveryStatus.DELIVERED);
  }

  @Test
  void publishingAgainUnderTheSameKeyPublishesNothingAndAnswersTheFirstMessage() {
    consent(AN, true);
    MessageKey key = MessageKey.random();

    Publication first = mailbox().publish(attestFor(AN, "Uw attest"), key);
    Publication again = mailbox().publish(attestFor(AN, "Uw attest"), key);

    assertThat(again.duplicate()).isTrue();
    assertThat(again.messageId()).isEqualTo(first.messageId());
    assertThat(subjectsFor(AN)).hasSize(1);
  }

  @Test
  void aCitizenWithoutConsentIsRefusedAndGetsNothing() {
    assertThatThrownBy(() -> mailbox().publish(attestFor(BART, "Uw attest"), MessageKey.random()))
        .isInstanceOfSatisfying(
            MailboxRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(MailboxRefusedException.Reason.NO_CONSENT));
    assertThat(subjectsFor(BART)).isEmpty();
  }

  @Test
  void aMessageTheMailboxDoesNotTakeIsRefused() {
    consent(AN, true);
    MailboxMessage notPdf =
        new MailboxMessage(
            AN,
            Language.FR,
            "Votre attestation",
            "Ci-joint.",
            List.of(new MailboxDocument("attest.docx", "application/msword", new byte[] {1, 2})));

    assertThatThrownBy(() -> mailbox().publish(notPdf, MessageKey.random()))
        .isInstanceOfSatisfying(
            MailboxRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(MailboxRefusedException.Reason.MESSAGE_REFUSED));
    assertThat(subjectsFor(AN)).isEmpty();
  }

  @Test
  void theStatusFollowsTheCitizenAndAnUnknownMessageHasNone() {
    consent(AN, true);
    Publication publication = mailbox().publish(attestFor(AN, "Uw attest"), MessageKey.random());

    read(publication.messageId());

    assertThat(mailbox().deliveryStatus(publication.messageId())).contains(DeliveryStatus.READ);
    assertThat(mailbox().deliveryStatus("MSG-none")).isEmpty();
    assertThat(mailbox().deliveryStatus("not/an id")).isEmpty();
  }
}
