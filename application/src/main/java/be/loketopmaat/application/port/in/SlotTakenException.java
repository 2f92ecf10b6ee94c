package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.appointment.FreeSlot;
import java.util.List;

/** The slot was taken by someone else (or is no slot); here are the next free ones. */
public class SlotTakenException extends RuntimeException {
  private final transient List<FreeSlot> alternatives;

  public SlotTakenException(String message, List<FreeSlot> alternatives) {
    super(message);
    this.alternatives = List.copyOf(alternatives);
  }

  public List<FreeSlot> alternatives() {
    return alternatives;
  }
}
