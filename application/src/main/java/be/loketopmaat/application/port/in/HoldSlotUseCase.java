package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.appointment.Hold;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ClientId;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDateTime;
import java.util.UUID;

/** Keeping a slot for a short while, so that the citizen can fill in the form without losing it. */
public interface HoldSlotUseCase {

  /**
   * @throws SlotTakenException when the slot is taken, with the next free alternatives
   */
  Hold hold(HoldCommand command);

  /**
   * Gives a live hold's slot back at once, for anyone to take; the same client cannot hold it again
   * during the release cooldown.
   *
   * @throws be.loketopmaat.application.NotFoundException when there is no such live hold
   */
  void release(UUID hold);

  /**
   * A slot to keep, for a client (who is limited to a few live holds). {@code insz}, when known,
   * lets fair use refuse a slot the citizen just released; it may be null. Valid once built.
   */
  record HoldCommand(
      What what, LocationCode location, LocalDateTime start, NationalNumber insz, ClientId client) {
    public HoldCommand {
      new Violations()
          .requireNonNull(what, "products")
          .requireNonNull(location, "location")
          .requireNonNull(start, "start")
          .requireNonNull(client, "client")
          .throwIfAny();
    }
  }
}
