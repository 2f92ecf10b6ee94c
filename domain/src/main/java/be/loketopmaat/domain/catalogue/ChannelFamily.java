package be.loketopmaat.domain.catalogue;

/** Automate - Swipe - Call - Connect, in the city's order of preference. */
public enum ChannelFamily {
  AUTOMATE,
  SWIPE,
  CALL,
  CONNECT
}
