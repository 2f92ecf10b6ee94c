package be.loketopmaat.adapters.kiosk.virtualcard;

import java.security.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import javax.smartcardio.TerminalFactorySpi;

/**
 * A {@code java.security.Provider} of the {@code TerminalFactory} type {@value #TYPE}, serving the
 * given virtual terminals: {@code TerminalFactory.getInstance("VirtualEid", null, provider)} gives
 * a factory whose terminals the PC/SC adapter uses exactly as it uses pcscd's.
 */
public final class VirtualSmartcardProvider extends Provider {
  public static final String TYPE = "VirtualEid";
  private static final long serialVersionUID = 1L;

  public VirtualSmartcardProvider(List<VirtualTerminal> terminals) {
    super("LoketVirtualSmartcard", "1.0", "Virtual Belgian eID card readers for Loket op Maat");
    List<VirtualTerminal> copy = List.copyOf(terminals);
    putService(
        new Service(this, "TerminalFactory", TYPE, Spi.class.getName(), null, Map.of()) {
          @Override
          public Object newInstance(Object parameter) {
            return new Spi(copy);
          }
        });
  }

  /**
   * A factory over one new virtual terminal, and the terminal, for tests and the simulated kiosk.
   */
  public static TerminalFactory factory(VirtualTerminal terminal) {
    try {
      return TerminalFactory.getInstance(
          TYPE, null, new VirtualSmartcardProvider(List.of(terminal)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The SPI the provider hands to {@code TerminalFactory}. */
  static final class Spi extends TerminalFactorySpi {
    private final Terminals terminals;

    Spi(List<VirtualTerminal> terminals) {
      this.terminals = new Terminals(terminals);
    }

    @Override
    protected CardTerminals engineTerminals() {
      return terminals;
    }
  }

  /** The list of terminals, by state; waits for a change by polling their presence. */
  static final class Terminals extends CardTerminals {
    private final List<VirtualTerminal> terminals;
    private final Map<VirtualTerminal, Boolean> seen = new java.util.HashMap<>();
    private final Map<VirtualTerminal, Boolean> changed = new java.util.HashMap<>();

    Terminals(List<VirtualTerminal> terminals) {
      this.terminals = terminals;
      terminals.forEach(t -> seen.put(t, t.isCardPresent()));
    }

    @Override
    public synchronized List<CardTerminal> list(State state) {
      List<CardTerminal> matching = new ArrayList<>();
      for (VirtualTerminal terminal : terminals) {
        boolean present = terminal.isCardPresent();
        boolean keep =
            switch (state) {
              case ALL -> true;
              case CARD_PRESENT -> present;
              case CARD_ABSENT -> !present;
              case CARD_INSERTION -> present && changed.getOrDefault(terminal, false);
              case CARD_REMOVAL -> !present && changed.getOrDefault(terminal, false);
            };
        if (keep) {
          matching.add(terminal);
        }
      }
      return matching;
    }

    @Override
    public synchronized boolean waitForChange(long timeout) throws CardException {
      if (timeout < 0) {
        throw new IllegalArgumentException("timeout must not be negative");
      }
      long deadline = timeout == 0 ? Long.MAX_VALUE : System.currentTimeMillis() + timeout;
      while (true) {
        boolean any = false;
        for (VirtualTerminal terminal : terminals) {
          boolean present = terminal.isCardPresent();
          boolean differs = present != seen.get(terminal);
          changed.put(terminal, differs);
          seen.put(terminal, present);
          any |= differs;
        }
        if (any) {
          return true;
        }
        if (System.currentTimeMillis() >= deadline) {
          return false;
        }
        try {
          wait(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new CardException("interrupted");
        }
      }
    }
  }
}
