package be.loketopmaat.adapters.kiosk.hardware;

/** What verifying a PIN gave. */
public sealed interface PinOutcome
    permits PinOutcome.Accepted,
        PinOutcome.Wrong,
        PinOutcome.Blocked,
        PinOutcome.Invalid,
        PinOutcome.Removed,
        PinOutcome.Failed {

  /** The PIN is right; the authentication key may sign in this session. */
  record Accepted() implements PinOutcome {}

  /** The PIN is wrong; {@code triesLeft} more tries before the card blocks it (at least 1). */
  record Wrong(int triesLeft) implements PinOutcome {}

  /** The PIN is blocked (no tries left): only the PUK unblocks it, not at a kiosk. */
  record Blocked() implements PinOutcome {}

  /** The entered PIN is not 4 to 12 digits; nothing was sent to the card and no try was used. */
  record Invalid(String detail) implements PinOutcome {}

  /** The card was taken out. */
  record Removed() implements PinOutcome {}

  /** The card answered something unexpected. */
  record Failed(String detail) implements PinOutcome {}
}
