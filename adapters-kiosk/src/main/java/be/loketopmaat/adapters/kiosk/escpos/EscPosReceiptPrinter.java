package be.loketopmaat.adapters.kiosk.escpos;

import be.loketopmaat.adapters.kiosk.hardware.PrintOutcome;
import be.loketopmaat.adapters.kiosk.hardware.PrinterState;
import be.loketopmaat.adapters.kiosk.hardware.ReceiptPrinter;
import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst;
import com.github.anastaciocintra.escpos.Style;
import com.github.anastaciocintra.escpos.barcode.BarCode;
import com.github.anastaciocintra.escpos.barcode.QRCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * The receipt printer over a raw TCP connection (port 9100), with escpos-coffee writing the
 * commands: code page 858 (Latin-1 with the euro sign, for Dutch and French text), a large bold
 * ticket number, the lines, a QR code and a CODE39 barcode when given, feed and full cut. The
 * printer's real-time status (DLE EOT) is asked before printing, so that nothing is sent to an
 * empty or jammed printer, and again after, to catch paper that ran out during the ticket.
 */
public final class EscPosReceiptPrinter implements ReceiptPrinter {
  private final InetSocketAddress address;
  private final Duration connectTimeout;
  private final Duration readTimeout;

  public EscPosReceiptPrinter(
      InetSocketAddress address, Duration connectTimeout, Duration readTimeout) {
    this.address = address;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
  }

  @Override
  public PrinterState state() {
    try (Socket socket = connect()) {
      return status(socket);
    } catch (IOException e) {
      return PrinterState.OFFLINE;
    }
  }

  @Override
  public PrintOutcome print(Ticket ticket) {
    try (Socket socket = connect()) {
      PrintOutcome before = outcomeOf(status(socket));
      if (before != null) {
        return before;
      }
      write(ticket, socket.getOutputStream());
      PrintOutcome after = outcomeOf(status(socket));
      return after != null ? after : new PrintOutcome.Printed("");
    } catch (IOException e) {
      return new PrintOutcome.Offline(
          "the receipt printer at " + address + " cannot be reached: " + e.getMessage());
    }
  }

  private static PrintOutcome outcomeOf(PrinterState state) {
    return PrintOutcome.refusalFor(state, "the receipt printer reports itself offline")
        .orElse(null);
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket();
    socket.connect(address, (int) connectTimeout.toMillis());
    socket.setSoTimeout((int) readTimeout.toMillis());
    return socket;
  }

  private static PrinterState status(Socket socket) throws IOException {
    int printer = ask(socket, EscPosStatus.PRINTER);
    int error = ask(socket, EscPosStatus.ERROR_CAUSE);
    int paper = ask(socket, EscPosStatus.PAPER_SENSOR);
    return EscPosStatus.stateOf(printer, error, paper);
  }

  private static int ask(Socket socket, int which) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(new byte[] {EscPosStatus.DLE, EscPosStatus.EOT, (byte) which});
    out.flush();
    InputStream in = socket.getInputStream();
    int answer;
    try {
      answer = in.read();
    } catch (SocketTimeoutException e) {
      throw new IOException("no answer to DLE EOT " + which, e);
    }
    if (answer < 0 || !EscPosStatus.wellFormed(answer)) {
      throw new IOException("not a status byte: " + answer);
    }
    return answer;
  }

  /** The ticket's ESC/POS commands, written to any stream (also used to test what is sent). */
  static void write(Ticket ticket, OutputStream stream) throws IOException {
    // Not closed: closing EscPos closes the socket before the status is asked again.
    EscPos escpos = new EscPos(stream);
    escpos.initializePrinter();
    escpos.setCharacterCodeTable(EscPos.CharacterCodeTable.CP858_Euro);
    Style heading =
        new Style()
            .setFontSize(Style.FontSize._3, Style.FontSize._3)
            .setBold(true)
            .setJustification(EscPosConst.Justification.Center);
    Style centred = new Style().setJustification(EscPosConst.Justification.Center);
    escpos.writeLF(heading, ticket.heading());
    for (String line : ticket.lines()) {
      escpos.writeLF(centred, line);
    }
    if (ticket.qrCode().isPresent()) {
      escpos.feed(1);
      escpos.write(
          new QRCode().setSize(6).setJustification(EscPosConst.Justification.Center),
          ticket.qrCode().get());
    }
    if (ticket.barcode().isPresent()) {
      escpos.feed(1);
      escpos.write(
          new BarCode()
              .setSystem(BarCode.BarCodeSystem.CODE39_A)
              .setJustification(EscPosConst.Justification.Center),
          ticket.barcode().get());
    }
    escpos.feed(4);
    escpos.cut(EscPos.CutMode.FULL);
    escpos.flush();
  }
}
