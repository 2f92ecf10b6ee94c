package be.loketopmaat.domain.notification;

/** What the city tells a citizen: about an appointment, or about a document to pick up. */
public enum MessageKind {
  CONFIRMATION,
  REMINDER,
  CHANGE,
  CANCELLATION,
  /** A fresh link to manage the appointment, asked for by the citizen or sent by staff. */
  MANAGEMENT_LINK,
  /** The document the citizen applied for lies in the safe of the location they chose. */
  DOCUMENT_ARRIVED,
  /** A letter with new PIN/PUK codes lies ready at the location the citizen chose. */
  CODES_ARRIVED,
  /** A request for new PIN/PUK codes was refused by the card production, with the reason. */
  CODES_REFUSED,
  /** A resident parking permit was not renewed on its own: the holder is invited to apply. */
  PARKING_INVITATION,
  /** The card runs out soon: a slot is kept for the renewal, to confirm or release. */
  EID_SUMMONS,
  /** The card runs out soon and no slot could be kept: the citizen is invited to book one. */
  EID_INVITATION,
  /** A kept slot nobody confirmed was given back when it lapsed. */
  EID_SLOT_RELEASED
}
