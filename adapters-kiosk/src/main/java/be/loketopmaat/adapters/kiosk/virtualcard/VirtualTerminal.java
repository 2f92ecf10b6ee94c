package be.loketopmaat.adapters.kiosk.virtualcard;

import java.nio.ByteBuffer;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * A card reader whose card is put in and taken out from Java: {@link #insert}, {@link #remove}, and
 * {@link #removeAfter} to pull the card out in the middle of a conversation. Once the card is out,
 * every command on a connection to it fails with a {@link CardException}, as PC/SC's
 * SCARD_W_REMOVED_CARD does.
 */
public final class VirtualTerminal extends CardTerminal {
  private final String name;
  private VirtualEidCard card;

  /** Bumped at every insertion and removal, so a connection knows that its card is gone. */
  private long insertion;

  /** Commands still answered before the card is pulled out; negative: never. */
  private int commandsBeforeRemoval = -1;

  public VirtualTerminal(String name) {
    this.name = name;
  }

  /** Puts a card in the reader (taking out the one there was). */
  public synchronized void insert(VirtualEidCard newCard) {
    card = newCard;
    insertion++;
    commandsBeforeRemoval = -1;
    notifyAll();
  }

  /** Takes the card out. */
  public synchronized void remove() {
    card = null;
    insertion++;
    commandsBeforeRemoval = -1;
    notifyAll();
  }

  /**
   * Answers {@code commands} more commands, then takes the card out instead of answering the next
   * one.
   */
  public synchronized void removeAfter(int commands) {
    commandsBeforeRemoval = commands;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public synchronized boolean isCardPresent() {
    return card != null;
  }

  @Override
  public synchronized Card connect(String protocol) throws CardException {
    if (!"*".equals(protocol) && !"T=0".equals(protocol) && !"T=1".equals(protocol)) {
      throw new IllegalArgumentException("unsupported protocol " + protocol);
    }
    if (card == null) {
      throw new CardNotPresentException("no card in " + name);
    }
    card.reset();
    return new Connection(card, insertion, "*".equals(protocol) ? "T=1" : protocol);
  }

  @Override
  public boolean waitForCardPresent(long timeout) throws CardException {
    return waitFor(true, timeout);
  }

  @Override
  public boolean waitForCardAbsent(long timeout) throws CardException {
    return waitFor(false, timeout);
  }

  private synchronized boolean waitFor(boolean present, long timeout) throws CardException {
    if (timeout < 0) {
      throw new IllegalArgumentException("timeout must not be negative");
    }
    long deadline = timeout == 0 ? Long.MAX_VALUE : System.currentTimeMillis() + timeout;
    while ((card != null) != present) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        return false;
      }
      try {
        wait(Math.min(left, 1000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CardException("interrupted while waiting for the card");
      }
    }
    return true;
  }

  private synchronized byte[] transmit(Connection connection, byte[] command) throws CardException {
    if (connection.insertion != insertion || card == null) {
      throw new CardException("SCARD_W_REMOVED_CARD: the card was removed from " + name);
    }
    if (commandsBeforeRemoval == 0) {
      remove();
      throw new CardException("SCARD_W_REMOVED_CARD: the card was removed from " + name);
    }
    if (commandsBeforeRemoval > 0) {
      commandsBeforeRemoval--;
    }
    return connection.card.process(command);
  }

  @Override
  public String toString() {
    return "VirtualTerminal[" + name + "]";
  }

  /** One connection to the card that was in the reader when it was made. */
  private final class Connection extends Card {
    private final VirtualEidCard card;
    private final long insertion;
    private final String protocol;
    private final Channel basic = new Channel();
    private volatile boolean open = true;

    Connection(VirtualEidCard card, long insertion, String protocol) {
      this.card = card;
      this.insertion = insertion;
      this.protocol = protocol;
    }

    @Override
    public ATR getATR() {
      return new ATR(VirtualEidCard.ATR);
    }

    @Override
    public String getProtocol() {
      return protocol;
    }

    @Override
    public CardChannel getBasicChannel() {
      return basic;
    }

    @Override
    public CardChannel openLogicalChannel() throws CardException {
      throw new CardException("the eID applet does not open logical channels");
    }

    @Override
    public void beginExclusive() {}

    @Override
    public void endExclusive() {}

    @Override
    public byte[] transmitControlCommand(int controlCode, byte[] command) throws CardException {
      throw new CardException("no control commands on a virtual reader");
    }

    @Override
    public void disconnect(boolean reset) {
      open = false;
    }

    /**
     * The basic channel. Unlike the JDK's PC/SC channel it does not answer 61xx and 6Cxx by itself:
     * the adapter's own handling of both is what runs against it.
     */
    private final class Channel extends CardChannel {
      @Override
      public Card getCard() {
        return Connection.this;
      }

      @Override
      public int getChannelNumber() {
        return 0;
      }

      @Override
      public ResponseAPDU transmit(CommandAPDU command) throws CardException {
        if (!open) {
          throw new IllegalStateException("the connection is closed");
        }
        return new ResponseAPDU(VirtualTerminal.this.transmit(Connection.this, command.getBytes()));
      }

      @Override
      public int transmit(ByteBuffer command, ByteBuffer response) throws CardException {
        byte[] bytes = new byte[command.remaining()];
        command.get(bytes);
        byte[] answer = transmit(new CommandAPDU(bytes)).getBytes();
        response.put(answer);
        return answer.length;
      }

      @Override
      public void close() throws CardException {
        throw new IllegalStateException("the basic channel cannot be closed");
      }
    }
  }
}
