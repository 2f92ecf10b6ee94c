package be.loketopmaat.domain.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailboxMessageTest {
  private static final MailboxDocument ATTEST =
      MailboxDocument.pdf("attest.pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

  private static MailboxMessage message(List<MailboxDocument> documents) {
    return new MailboxMessage(
        NationalNumber.of("85073100328"), Language.NL, "Uw attest", "In bijlage.", documents);
  }

  @Test
  void upToSixDocuments() {
    assertThat(message(Collections.nCopies(6, ATTEST)).documents()).hasSize(6);
    assertThat(message(null).documents()).isEmpty();
    assertThatThrownBy(() -> message(Collections.nCopies(7, ATTEST)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at most 6 documents");
  }

  @Test
  void documentsNeedASafeNameAMediaTypeAndContent() {
    assertThatThrownBy(() -> MailboxDocument.pdf("../etc/passwd", new byte[] {1}))
        .hasMessageContaining("fileName");
    assertThatThrownBy(() -> new MailboxDocument("a.pdf", "pdf", new byte[] {1}))
        .hasMessageContaining("mediaType");
    assertThatThrownBy(() -> MailboxDocument.pdf("a.pdf", new byte[0]))
        .hasMessageContaining("content: must not be empty");
  }

  @Test
  void documentBytesCannotChangeAfterwards() {
    byte[] bytes = {1, 2, 3};
    MailboxDocument document = new MailboxDocument("a.txt", "text/plain", bytes);
    bytes[0] = 9;
    document.content()[1] = 9;
    assertThat(document.content()).containsExactly(1, 2, 3);
  }

  @Test
  void messageKeys() {
    assertThat(MessageKey.random().value()).hasSize(36);
    assertThatThrownBy(() -> new MessageKey("short")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new MessageKey("with spaces in it"))
        .isInstanceOf(InvalidInputException.class);
  }
}
