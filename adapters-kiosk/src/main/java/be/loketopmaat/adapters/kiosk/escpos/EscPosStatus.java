package be.loketopmaat.adapters.kiosk.escpos;

import be.loketopmaat.adapters.kiosk.hardware.PrinterState;

/**
 * ESC/POS real-time status (DLE EOT n, 10 04 n): one byte per query, bits 1 and 4 always set, bits
 * 0 and 7 always clear. n=1 printer status (bit 3: offline), n=2 offline cause (bit 2: cover open,
 * bit 5: stopped at paper end, bit 6: error), n=3 error cause (bit 2: mechanical error, such as a
 * paper jam, bit 3: autocutter error, bit 5: unrecoverable, bit 6: auto-recoverable), n=4 paper
 * roll sensor (bits 2 and 3: near end, bits 5 and 6: paper end).
 */
public final class EscPosStatus {
  public static final int DLE = 0x10;
  public static final int EOT = 0x04;
  public static final int PRINTER = 1;
  public static final int OFFLINE_CAUSE = 2;
  public static final int ERROR_CAUSE = 3;
  public static final int PAPER_SENSOR = 4;

  /** The fixed bits of every status byte. */
  public static final int FIXED = 0x12;

  public static final int PRINTER_OFFLINE = 0x08;
  public static final int OFFLINE_COVER_OPEN = 0x04;
  public static final int OFFLINE_PAPER_END = 0x20;
  public static final int OFFLINE_ERROR = 0x40;
  public static final int ERROR_MECHANICAL = 0x04;
  public static final int ERROR_AUTOCUTTER = 0x08;
  public static final int PAPER_NEAR_END = 0x0C;
  public static final int PAPER_END = 0x60;

  private EscPosStatus() {}

  /** Whether a byte has the fixed bits of a status answer. */
  public static boolean wellFormed(int status) {
    return (status & 0x93) == FIXED;
  }

  /** The printer's state from the answers to DLE EOT 1, 3 and 4. */
  public static PrinterState stateOf(int printer, int error, int paper) {
    if ((error & (ERROR_MECHANICAL | ERROR_AUTOCUTTER)) != 0) {
      return PrinterState.JAMMED;
    }
    if ((paper & PAPER_END) != 0) {
      return PrinterState.OUT_OF_PAPER;
    }
    if ((printer & PRINTER_OFFLINE) != 0) {
      return PrinterState.OFFLINE;
    }
    if ((paper & PAPER_NEAR_END) != 0) {
      return PrinterState.PAPER_LOW;
    }
    return PrinterState.READY;
  }
}
