package be.loketopmaat.application.port.out.federal;

/**
 * How far the city has read each feed of a federal system (e.g. the card production's events), kept
 * in the transaction of what it applied from it, so that each event is applied once.
 */
public interface FeedPositions {

  /** The last position applied from {@code feed}; 0 before the first. */
  long position(String feed);

  /** Moves the feed on to {@code position}. */
  void advance(String feed, long position);
}
