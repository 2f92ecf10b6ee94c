package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.notification.Message;

/**
 * Delivers one message over one channel (e-mail, SMS). A failure says whether trying again can
 * help: a refused address or number is permanent, a server that is down or slow is transient.
 */
public interface MessageSender {

  /** The channels a message can go out on. */
  enum Channel {
    EMAIL,
    SMS
  }

  Channel channel();

  /** Whether this sender is configured to send at all (an unconfigured SMTP server is not). */
  default boolean ready() {
    return true;
  }

  void send(Message message) throws DeliveryException;

  /** Why a message did not go out. */
  final class DeliveryException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean permanent;

    public DeliveryException(String reason, boolean permanent, Throwable cause) {
      super(reason, cause);
      this.permanent = permanent;
    }

    public boolean permanent() {
      return permanent;
    }
  }
}
