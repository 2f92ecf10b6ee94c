package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.appointment.FreeSlot;
import be.loketopmaat.domain.common.Phrase;
import java.util.List;

/** The slot was taken by someone else (or is no slot); here are the next free ones. */
public class SlotTakenException extends RuntimeException {
  private final transient List<FreeSlot> alternatives;
  private final transient Phrase phrase;

  public SlotTakenException(Phrase phrase, List<FreeSlot> alternatives) {
    super(phrase.english());
    this.phrase = phrase;
    this.alternatives = List.copyOf(alternatives);
  }

  /** Why the slot cannot be had, for a person, to be translated by whoever answers. */
  public Phrase phrase() {
    return phrase;
  }

  public List<FreeSlot> alternatives() {
    return alternatives;
  }
}
