package be.loketopmaat.domain.mailbox;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.common.Violations;
import java.util.List;

/**
 * A message for a citizen's electronic mailbox (the eBox): a subject and a body in the citizen's
 * language, and at most six documents, the most the mailbox takes in one message.
 */
public record MailboxMessage(
    NationalNumber recipient,
    Language language,
    String subject,
    String body,
    List<MailboxDocument> documents) {
  public static final int MAX_DOCUMENTS = 6;

  public MailboxMessage {
    new Violations()
        .requireNonNull(recipient, "recipient")
        .requireNonNull(language, "language")
        .requireText(subject, "subject", 200)
        .requireText(body, "body", 10_000)
        .requireNoNulls(documents, "documents")
        .require(
            documents == null || documents.size() <= MAX_DOCUMENTS,
            "documents",
            "a message carries at most {0} documents",
            MAX_DOCUMENTS)
        .throwIfAny();
    subject = subject.strip();
    body = body.strip();
    documents = documents == null ? List.of() : List.copyOf(documents);
  }
}
