package be.loketopmaat.application.port.out.federal;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.mailbox.DeliveryStatus;
import be.loketopmaat.domain.mailbox.MailboxMessage;
import be.loketopmaat.domain.mailbox.MailboxRefusedException;
import be.loketopmaat.domain.mailbox.MessageKey;
import be.loketopmaat.domain.mailbox.Publication;
import java.util.Optional;

/**
 * The citizen's electronic mailbox (the federal eBox): where the city delivers documents to
 * citizens who agreed to receive them there. A citizen who did not gets them by post.
 *
 * @throws SystemUnavailableException when the mailbox cannot be reached or fails (retry later)
 */
public interface CitizenMailbox {

  /** Whether the citizen agreed to receive documents from public services in the mailbox. */
  boolean hasConsent(NationalNumber citizen);

  /**
   * Publishes the message once per key: publishing again with the same key publishes nothing and
   * answers the first publication's id, marked as a duplicate.
   *
   * @throws MailboxRefusedException when the citizen has no consent, or the mailbox refuses the
   *     message
   */
  Publication publish(MailboxMessage message, MessageKey key);

  /** Where a published message stands; empty when the mailbox knows no message with this id. */
  Optional<DeliveryStatus> deliveryStatus(String messageId);
}
