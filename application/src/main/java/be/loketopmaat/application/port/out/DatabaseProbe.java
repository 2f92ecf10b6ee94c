package be.loketopmaat.application.port.out;

/**
 * Whether the database answers now, asked in at most about a second (never the pool's long wait for
 * a connection): what lets the service refuse at once what needs the database while it is away,
 * instead of holding each request until a timeout.
 */
public interface DatabaseProbe {

  /** True when the database answered a trivial query just now. */
  boolean answers();
}
