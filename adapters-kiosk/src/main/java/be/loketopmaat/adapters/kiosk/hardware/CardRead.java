package be.loketopmaat.adapters.kiosk.hardware;

/** What reading something from the card gave. */
public sealed interface CardRead<T>
    permits CardRead.Ok, CardRead.Removed, CardRead.Refused, CardRead.Failed {

  /** The value read (and checked, where the operation checks). */
  record Ok<T>(T value) implements CardRead<T> {}

  /** The card was taken out before the read was complete: nothing of it is kept. */
  record Removed<T>() implements CardRead<T> {}

  /** The card answered, but what it holds cannot be accepted. */
  record Refused<T>(RefusalReason reason, String detail) implements CardRead<T> {}

  /**
   * The card or the reader failed in a way that is not the citizen's doing (unexpected status
   * word...).
   */
  record Failed<T>(String detail) implements CardRead<T> {}

  /** Why a card is refused. */
  enum RefusalReason {
    /** The identity or address file does not match its signature, or the photo its hash. */
    SIGNATURE_MISMATCH,
    /** The National Register certificate is not issued by a trusted root. */
    UNTRUSTED_CERTIFICATE,
    /** The card's validity period is over (or has not begun). */
    EXPIRED,
    /** A file does not follow the eID layout. */
    MALFORMED
  }

  /**
   * The value when this is {@link Ok}; otherwise an {@link IllegalStateException} naming the
   * outcome.
   */
  default T orElseThrow() {
    if (this instanceof Ok<T> ok) {
      return ok.value();
    }
    throw new IllegalStateException("no value: " + this);
  }
}
