package be.loketopmaat.adapters.kiosk.hardware;

/** What a printer says about itself, for the staff's view of the kiosks. */
public enum PrinterState {
  READY,
  /** Paper is running low but it still prints. */
  PAPER_LOW,
  OUT_OF_PAPER,
  JAMMED,
  OFFLINE
}
