package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.appointment.Hold;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDateTime;

/** Keeping a slot for a short while, so that the citizen can fill in the form without losing it. */
public interface HoldSlotUseCase {

  /**
   * @throws SlotTakenException when the slot is taken, with the next free alternatives
   */
  Hold hold(HoldCommand command);

  /**
   * A slot to keep. {@code insz}, when known, lets fair use refuse a slot the citizen just
   * released; it may be null. Valid once built.
   */
  record HoldCommand(What what, LocationCode location, LocalDateTime start, NationalNumber insz) {
    public HoldCommand {
      new Violations()
          .requireNonNull(what, "products")
          .requireNonNull(location, "location")
          .requireNonNull(start, "start")
          .throwIfAny();
    }
  }
}
