package be.loketopmaat.domain.location;

import be.loketopmaat.domain.catalogue.Channel;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of location a city runs. The channels a type serves are a rule of the domain, the same
 * in every city; which themes each type offers is the city's choice (see {@code CityProfile}).
 */
public enum LocationType {
  /** Regioloket / regiohub: all common products, long hours, evenings and Saturdays. */
  REGIONAL_HUB(EnumSet.of(Channel.COUNTER_APPOINTMENT, Channel.WALK_IN), true),
  /** Stadsloket: a smaller counter open a few days a week. */
  CITY_COUNTER(EnumSet.of(Channel.COUNTER_APPOINTMENT, Channel.WALK_IN), true),
  /** Buurtloket: a couple of desks, a couple of days, in a neighbourhood building. */
  NEIGHBOURHOOD_COUNTER(EnumSet.of(Channel.COUNTER_APPOINTMENT), true),
  /**
   * Afhaalloket / snelloket: walk in without appointment to pick up documents and small products.
   */
  PICKUP_COUNTER(EnumSet.of(Channel.WALK_IN), true),
  /** Zelfbedieningszuil in a partner site (library, sports hall, ...). */
  KIOSK_SITE(EnumSet.of(Channel.KIOSK), false);

  // Set.copyOf makes an unmodifiable set, and Channel is an enum: nothing can change it after
  // construction. Error Prone cannot see that through the Set interface, hence the suppression.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Set<Channel> channels;

  private final boolean staffed;

  LocationType(Set<Channel> channels, boolean staffed) {
    this.channels = Set.copyOf(channels);
    this.staffed = staffed;
  }

  public boolean serves(Channel channel) {
    return channels.contains(channel);
  }

  /** Whether the type has desks with staff; a staffed location needs at least one desk. */
  public boolean staffed() {
    return staffed;
  }

  /** The order in which locations are listed when nothing tells which one is nearer. */
  public int listingRank() {
    // Spelled out rather than the declaration order, so that reordering the constants changes
    // nothing.
    return switch (this) {
      case REGIONAL_HUB -> 0;
      case CITY_COUNTER -> 1;
      case NEIGHBOURHOOD_COUNTER -> 2;
      case PICKUP_COUNTER -> 3;
      case KIOSK_SITE -> 4;
    };
  }
}
