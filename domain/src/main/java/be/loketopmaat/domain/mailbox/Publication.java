package be.loketopmaat.domain.mailbox;

import be.loketopmaat.domain.common.Violations;

/**
 * The mailbox's receipt for a message: its id there, and whether this call published it or found it
 * published before under the same key (a retry whose first answer was lost).
 */
public record Publication(String messageId, boolean duplicate) {
  public Publication {
    new Violations().requireText(messageId, "messageId", 100).throwIfAny();
  }
}
