package be.loketopmaat.adapters.kiosk.eid;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * A channel that expects exact command bytes, in order, and answers each with a given response
 * (hex).
 */
final class ScriptedChannel extends CardChannel {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();
  private final Deque<String[]> script = new ArrayDeque<>();
  final List<String> sent = new ArrayList<>();

  ScriptedChannel expect(String command, String response) {
    script.add(new String[] {command.replace(" ", ""), response.replace(" ", "")});
    return this;
  }

  boolean done() {
    return script.isEmpty();
  }

  @Override
  public ResponseAPDU transmit(CommandAPDU command) {
    String bytes = HEX.formatHex(command.getBytes());
    sent.add(bytes);
    String[] next = script.poll();
    if (next == null || !next[0].equals(bytes)) {
      throw new AssertionError(
          "unexpected command " + bytes + (next == null ? "" : ", expected " + next[0]));
    }
    return new ResponseAPDU(HEX.parseHex(next[1]));
  }

  @Override
  public Card getCard() {
    // The adapter under test only transmits APDUs; a call here would be a test that grew.
    throw new AssertionError("the scripted channel has no card behind it");
  }

  @Override
  public int getChannelNumber() {
    return 0;
  }

  @Override
  public int transmit(ByteBuffer command, ByteBuffer response) {
    throw new AssertionError("the adapter transmits CommandAPDUs, not buffers");
  }

  @Override
  public void close() {}
}
