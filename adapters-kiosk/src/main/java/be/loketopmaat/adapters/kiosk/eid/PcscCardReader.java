package be.loketopmaat.adapters.kiosk.eid;

import be.loketopmaat.adapters.kiosk.hardware.CardReader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;

/**
 * The eID card reader over PC/SC through {@code javax.smartcardio}. The same code runs against a
 * real reader ({@code TerminalFactory.getDefault()}, served by pcscd) and the virtual one ({@code
 * TerminalFactory.getInstance("VirtualEid", null, provider)}).
 */
public final class PcscCardReader implements CardReader {
  private final CardTerminal terminal;
  private final EidTrust trust;

  public PcscCardReader(CardTerminal terminal, EidTrust trust) {
    this.terminal = terminal;
    this.trust = trust;
  }

  /** The first terminal of a factory whose name contains {@code nameContains} (empty: any). */
  public static Optional<PcscCardReader> first(
      TerminalFactory factory, String nameContains, EidTrust trust) {
    try {
      List<CardTerminal> terminals = factory.terminals().list();
      return terminals.stream()
          .filter(t -> t.getName().contains(nameContains))
          .findFirst()
          .map(t -> new PcscCardReader(t, trust));
    } catch (CardException e) {
      // No PC/SC service or no reader: the kiosk shows the reader as offline.
      return Optional.empty();
    }
  }

  /** The reader's name, as PC/SC reports it. */
  public String name() {
    return terminal.getName();
  }

  @Override
  public boolean isCardPresent() {
    try {
      return terminal.isCardPresent();
    } catch (CardException e) {
      return false;
    }
  }

  @Override
  public boolean awaitCard(Duration timeout) {
    try {
      return terminal.waitForCardPresent(Math.max(1, timeout.toMillis()));
    } catch (CardException e) {
      return false;
    }
  }

  @Override
  public boolean awaitRemoval(Duration timeout) {
    try {
      return terminal.waitForCardAbsent(Math.max(1, timeout.toMillis()));
    } catch (CardException e) {
      return !isCardPresent();
    }
  }

  @Override
  public Opening open() {
    if (!isCardPresent()) {
      return new Opening.NoCard();
    }
    Card card;
    try {
      card = terminal.connect("*");
    } catch (CardException e) {
      return isCardPresent()
          ? new Opening.Unreadable("cannot connect: " + e.getMessage())
          : new Opening.NoCard();
    }
    PcscEidSession session = new PcscEidSession(terminal, card, trust);
    Optional<String> notAnEid = session.probe();
    if (notAnEid.isPresent()) {
      session.close();
      return isCardPresent() ? new Opening.Unreadable(notAnEid.get()) : new Opening.NoCard();
    }
    return new Opening.Opened(session);
  }
}
