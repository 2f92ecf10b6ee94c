package be.loketopmaat.adapters.kiosk.escpos;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A receipt printer on a TCP port (9100 on a real one) that parses ESC/POS enough to record what it
 * prints: text lines (decoded with the selected code page), QR codes (GS ( k, store and print),
 * barcodes (GS k) and cuts (GS V). Other commands are skipped by their known lengths; an unknown
 * one is recorded. It answers DLE EOT real-time status, uses one line of paper per line fed (a QR
 * code takes its size in lines), stops when the paper ends, can jam, and goes offline by closing
 * its port.
 */
public final class EscPosPrinterSimulator implements AutoCloseable {
  private static final int QR_LINES = 12;
  private static final int NEAR_END = 20;

  private ServerSocket server;
  private ExecutorService executor;
  private int port;
  private int paperLines;
  private boolean jammed;
  private boolean jamOnNextReceipt;
  private boolean reportsOffline;
  private final List<Receipt> receipts = new CopyOnWriteArrayList<>();
  private final List<String> unknownCommands = new CopyOnWriteArrayList<>();

  private EscPosPrinterSimulator(int paperLines) {
    this.paperLines = paperLines;
  }

  /** Starts a printer on 127.0.0.1 ({@code port} 0: any free port) with paper for so many lines. */
  public static EscPosPrinterSimulator start(int port, int paperLines) {
    EscPosPrinterSimulator simulator = new EscPosPrinterSimulator(paperLines);
    simulator.open(port);
    return simulator;
  }

  private void open(int onPort) {
    try {
      server = new ServerSocket(onPort, 8, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new IllegalStateException("cannot listen on port " + onPort, e);
    }
    port = server.getLocalPort();
    executor = Executors.newCachedThreadPool();
    ServerSocket listening = server;
    executor.execute(() -> accept(listening));
  }

  public int port() {
    return port;
  }

  /** The receipts printed (cut or not), in order. */
  public List<Receipt> receipts() {
    return List.copyOf(receipts);
  }

  /** Commands the simulator did not know, as hex. */
  public List<String> unknownCommands() {
    return List.copyOf(unknownCommands);
  }

  public synchronized int paperLinesLeft() {
    return paperLines;
  }

  public synchronized void loadPaper(int lines) {
    paperLines += lines;
  }

  public synchronized void jam() {
    jammed = true;
  }

  /** Jams at the first line of the next receipt. */
  public synchronized void jamOnNextReceipt() {
    jamOnNextReceipt = true;
  }

  public synchronized void clearJam() {
    jammed = false;
  }

  /** Answers DLE EOT 1 with the offline bit set (as with the cover open). */
  public synchronized void reportOffline(boolean offline) {
    reportsOffline = offline;
  }

  /** Closes the port: connections are refused until {@link #comeBack()}. */
  public synchronized void goOffline() {
    shutdown();
  }

  public synchronized void comeBack() {
    open(port);
  }

  @Override
  public synchronized void close() {
    shutdown();
  }

  private void shutdown() {
    try {
      server.close();
    } catch (IOException e) {
      // Closing anyway.
    }
    executor.shutdownNow();
  }

  private void accept(ServerSocket listening) {
    while (!listening.isClosed()) {
      try {
        Socket socket = listening.accept();
        executor.execute(() -> serve(socket));
      } catch (IOException e) {
        return;
      } catch (java.util.concurrent.RejectedExecutionException e) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      new Connection(new BufferedInputStream(socket.getInputStream()), socket.getOutputStream())
          .run();
    } catch (EOFException | SocketException e) {
      // The client hung up.
    } catch (IOException e) {
      // A broken connection ends that client's receipt.
    }
  }

  private synchronized int status(int which) {
    int status = EscPosStatus.FIXED;
    switch (which) {
      case EscPosStatus.PRINTER:
        return status
            | (reportsOffline || jammed || paperLines == 0 ? EscPosStatus.PRINTER_OFFLINE : 0);
      case EscPosStatus.OFFLINE_CAUSE:
        return status
            | (paperLines == 0 ? EscPosStatus.OFFLINE_PAPER_END : 0)
            | (jammed ? EscPosStatus.OFFLINE_ERROR : 0)
            | (reportsOffline ? EscPosStatus.OFFLINE_COVER_OPEN : 0);
      case EscPosStatus.ERROR_CAUSE:
        return status | (jammed ? EscPosStatus.ERROR_MECHANICAL : 0);
      case EscPosStatus.PAPER_SENSOR:
        return status
            | (paperLines == 0 ? EscPosStatus.PAPER_END : 0)
            | (paperLines > 0 && paperLines < NEAR_END ? EscPosStatus.PAPER_NEAR_END : 0);
      default:
        return status;
    }
  }

  /**
   * Uses paper for {@code lines}; false when the printer cannot (no paper, jammed): it stops
   * printing.
   */
  private synchronized boolean feed(int lines, boolean firstOfReceipt) {
    if (firstOfReceipt && jamOnNextReceipt) {
      jamOnNextReceipt = false;
      jammed = true;
    }
    if (jammed || paperLines < lines) {
      paperLines = Math.max(0, jammed ? paperLines : 0);
      return false;
    }
    paperLines -= lines;
    return true;
  }

  /** One client's byte stream, parsed command by command. */
  private final class Connection {
    private final InputStream in;
    private final OutputStream out;
    private Charset codePage = Charset.forName("IBM437");
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private ReceiptBuilder receipt = new ReceiptBuilder();
    private byte[] storedQr;

    Connection(InputStream in, OutputStream out) {
      this.in = in;
      this.out = out;
    }

    void run() throws IOException {
      int b;
      while ((b = in.read()) >= 0) {
        switch (b) {
          case 0x0A -> endLine();
          case 0x0D -> {}
          case 0x10 -> dle();
          case 0x1B -> esc();
          case 0x1D -> gs();
          default -> {
            if (b >= 0x20) {
              line.write(b);
            } else {
              unknownCommands.add(String.format("%02X", b));
            }
          }
        }
      }
      if (!receipt.empty() || line.size() > 0) {
        if (line.size() > 0) {
          endLine();
        }
        finish(false);
      }
    }

    private int next() throws IOException {
      int b = in.read();
      if (b < 0) {
        throw new EOFException();
      }
      return b;
    }

    private byte[] next(int count) throws IOException {
      byte[] bytes = in.readNBytes(count);
      if (bytes.length < count) {
        throw new EOFException();
      }
      return bytes;
    }

    private void endLine() {
      String text = new String(line.toByteArray(), codePage);
      line.reset();
      if (receipt.stopped) {
        return;
      }
      if (!feed(1, receipt.empty())) {
        receipt.stopped = true;
        return;
      }
      receipt.lines.add(text);
    }

    private void dle() throws IOException {
      int command = next();
      if (command == 0x04) {
        int which = next();
        out.write(status(which));
        out.flush();
      } else if (command == 0x14) {
        next(3);
      } else {
        unknownCommands.add(String.format("10 %02X", command));
      }
    }

    private void esc() throws IOException {
      int command = next();
      switch (command) {
        case '@' -> codePage = Charset.forName("IBM437");
        case 't' -> codePage = codePage(next());
        case '2' -> {}
        case 'M', 'E', '-', 'a', '!', 'G', '{', '3', 'R', 'J', 'V', 'c', 'r', 'U' -> next();
        case 'd' -> {
          int lines = next();
          for (int i = 0; i < lines; i++) {
            endLine();
          }
        }
        case 'p' -> next(3);
        default -> unknownCommands.add(String.format("1B %02X", command));
      }
    }

    private void gs() throws IOException {
      int command = next();
      switch (command) {
        case '!', 'B', 'h', 'w', 'H', 'f', 'a', 'r', 'I' -> next();
        case 'L', 'W' -> next(2);
        case 'V' -> {
          int mode = next();
          if (mode == 65 || mode == 66) {
            next();
          }
          finish(true);
        }
        case 'k' -> barcode();
        case '(' -> extended();
        default -> unknownCommands.add(String.format("1D %02X", command));
      }
    }

    private void barcode() throws IOException {
      int system = next();
      ByteArrayOutputStream data = new ByteArrayOutputStream();
      if (system <= 6) {
        int b;
        while ((b = next()) != 0) {
          data.write(b);
        }
      } else {
        data.writeBytes(next(next()));
      }
      if (!receipt.stopped && feed(3, receipt.empty())) {
        receipt.barcodes.add(data.toString(StandardCharsets.US_ASCII));
      } else {
        receipt.stopped = true;
      }
    }

    private void extended() throws IOException {
      int function = next();
      int length = next() | (next() << 8);
      byte[] body = next(length);
      if (function != 'k' || length < 2 || body[0] != 0x31) {
        return;
      }
      if (body[1] == 0x50 && length >= 3) {
        // Store: cn 31, fn 50, m 30, then the data.
        storedQr = java.util.Arrays.copyOfRange(body, 3, body.length);
      } else if (body[1] == 0x51 && storedQr != null) {
        if (!receipt.stopped && feed(QR_LINES, receipt.empty())) {
          receipt.qrCodes.add(new String(storedQr, StandardCharsets.UTF_8));
        } else {
          receipt.stopped = true;
        }
      }
    }

    private void finish(boolean cut) {
      receipts.add(
          new Receipt(
              List.copyOf(receipt.lines),
              List.copyOf(receipt.qrCodes),
              List.copyOf(receipt.barcodes),
              cut,
              !receipt.stopped));
      receipt = new ReceiptBuilder();
    }

    private Charset codePage(int table) {
      return switch (table) {
        case 2 -> Charset.forName("IBM850");
        case 16 -> Charset.forName("windows-1252");
        case 19 -> Charset.forName("IBM00858");
        default -> Charset.forName("IBM437");
      };
    }
  }

  private static final class ReceiptBuilder {
    final List<String> lines = new ArrayList<>();
    final List<String> qrCodes = new ArrayList<>();
    final List<String> barcodes = new ArrayList<>();
    boolean stopped;

    boolean empty() {
      return lines.isEmpty() && qrCodes.isEmpty() && barcodes.isEmpty() && !stopped;
    }
  }

  /**
   * What came out of the printer for one ticket.
   *
   * @param complete false when the paper ended or the printer jammed before the end
   */
  public record Receipt(
      List<String> lines,
      List<String> qrCodes,
      List<String> barcodes,
      boolean cut,
      boolean complete) {}
}
