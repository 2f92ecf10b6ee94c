package be.loketopmaat.adapters.kiosk.hardware;

import java.time.Duration;

/**
 * An eID card reader: tells whether a card is in, waits for insertion or removal, opens a session.
 */
public interface CardReader {

  /** Whether a card is in the reader now. A reader that cannot be asked answers false. */
  boolean isCardPresent();

  /**
   * Waits at most {@code timeout} for a card; true when one is in the reader (also when it already
   * was).
   */
  boolean awaitCard(Duration timeout);

  /** Waits at most {@code timeout} for the card to be taken out; true when the reader is empty. */
  boolean awaitRemoval(Duration timeout);

  /** Connects to the card in the reader and selects the eID applet's files. */
  Opening open();

  /** What opening a session gave. */
  sealed interface Opening permits Opening.Opened, Opening.NoCard, Opening.Unreadable {
    /** A session with the card; close it when done. */
    record Opened(EidSession session) implements Opening {}

    /** There is no card in the reader. */
    record NoCard() implements Opening {}

    /** A card is there but does not answer as a Belgian eID (or the reader failed). */
    record Unreadable(String detail) implements Opening {}
  }
}
