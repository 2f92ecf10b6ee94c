package be.loketopmaat.domain.mailbox;

/** The mailbox answered, and refused the message: sending it again would be refused again. */
public class MailboxRefusedException extends RuntimeException {
  /** Why, in domain words. */
  public enum Reason {
    /** The citizen has not agreed to receive documents in the mailbox: send them by post. */
    NO_CONSENT,
    /** The mailbox refused the message itself (too many documents, a document it does not take). */
    MESSAGE_REFUSED
  }

  private final Reason reason;

  public MailboxRefusedException(Reason reason, String detail) {
    super("The citizen's mailbox refused the message (" + reason + "): " + detail);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
