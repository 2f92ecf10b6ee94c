package be.loketopmaat.domain.mailbox;

/** Where a published message stands in the citizen's mailbox. */
public enum DeliveryStatus {
  /** In the mailbox, not opened yet. */
  DELIVERED,
  /** The citizen opened it. */
  READ,
  /** Its retention in the mailbox ended before the citizen opened it. */
  EXPIRED
}
