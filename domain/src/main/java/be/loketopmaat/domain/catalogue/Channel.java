package be.loketopmaat.domain.catalogue;

/**
 * The ways a product can reach a citizen, declared in the city's order of preference: digital
 * first, physical contact last. That order is what channel advice starts from.
 */
public enum Channel {
  /** Delivered or renewed without the citizen doing anything. */
  AUTOMATE(ChannelFamily.AUTOMATE, true),
  /** The e-loket on the city website. */
  E_COUNTER(ChannelFamily.SWIPE, true),
  APP(ChannelFamily.SWIPE, true),
  /** A self-service kiosk (zelfbedieningszuil) in a partner site. */
  KIOSK(ChannelFamily.SWIPE, true),
  /** The city contact centre by phone. */
  CALL(ChannelFamily.CALL, false),
  /** Walk in without appointment at a pickup counter. */
  WALK_IN(ChannelFamily.CONNECT, false),
  /** An appointment at a counter. */
  COUNTER_APPOINTMENT(ChannelFamily.CONNECT, false),
  /** The service comes to the citizen (outreach, mobile biometrics). */
  HOME_VISIT(ChannelFamily.CONNECT, false);

  private final ChannelFamily family;
  private final boolean selfService;

  Channel(ChannelFamily family, boolean selfService) {
    this.family = family;
    this.selfService = selfService;
  }

  public ChannelFamily family() {
    return family;
  }

  /**
   * Whether the citizen completes it alone on a screen (or not at all), without a person of the
   * city.
   */
  public boolean selfService() {
    return selfService;
  }

  /**
   * Channels where a person of the city meets the citizen, as the law requires for some products.
   */
  public boolean inPerson() {
    return family == ChannelFamily.CONNECT;
  }
}
