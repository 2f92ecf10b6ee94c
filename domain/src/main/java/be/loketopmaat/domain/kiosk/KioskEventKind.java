package be.loketopmaat.domain.kiosk;

/** What a line of the kiosks' usage log records. */
public enum KioskEventKind {
  /** A card's signature over a challenge opened a session. */
  SESSION_OPENED,
  /** The session ended: the card was taken out, the kiosk closed it or it expired. */
  SESSION_ENDED,
  /** A login failed: a wrong or blocked PIN, a refused card, a bad signature (never the PIN). */
  LOGIN_FAILED,
  /** An attest was printed (its model in the detail). */
  DOCUMENT_PRINTED,
  /** New PIN/PUK codes were requested. */
  PIN_CODES_REQUESTED,
  /** A walk-in ticket was printed. */
  TICKET_PRINTED,
  /** A printer fault (out of paper, jammed), or a document that could not be printed. */
  FAULT,
  /** The kiosk went offline (it said so, or it fell silent). */
  OFFLINE,
  /** The kiosk came back online after an offline period or a fault. */
  ONLINE
}
