package be.loketopmaat.adapters.rest.appointment;

import be.loketopmaat.domain.catalogue.Channel;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The channels through which staff book: for a caller, or for someone at the desk. Its own enum,
 * not the domain's {@link Channel}, so that the API says exactly which values a staff booking takes
 * (a client generated from the document then cannot send another).
 */
@Serdeable
@Schema(
    name = "StaffChannel",
    description =
        "How the citizen reached the city: CALL (the contact centre) or COUNTER_APPOINTMENT (at the"
            + " desk)")
public enum StaffChannel {
  CALL(Channel.CALL),
  COUNTER_APPOINTMENT(Channel.COUNTER_APPOINTMENT);

  private final Channel channel;

  StaffChannel(Channel channel) {
    this.channel = channel;
  }

  Channel channel() {
    return channel;
  }
}
