package be.loketopmaat.domain.staff;

/**
 * What a member of the city's staff does, as the city's identity provider says in the token. Each
 * staff endpoint allows only the roles that need it; the administrator may do everything.
 */
public enum StaffRole {
  /** Serves citizens at a counter: check-in, call-next, tickets, bookings at the desk. */
  COUNTER_CLERK("counter-clerk"),
  /** Answers the phone (Call): finds, books, moves and cancels appointments for callers. */
  CONTACT_CENTRE_AGENT("contact-centre-agent"),
  /** Runs a location: its desks, hours and blocks, and everything a clerk does. */
  LOCATION_MANAGER("location-manager"),
  /** Handles civil-status files and the citizens' appointments for them. */
  CIVIL_STATUS_OFFICER("civil-status-officer"),
  /** Manages the catalogue, the locations and the service itself. */
  ADMINISTRATOR("administrator");

  private final String claim;

  StaffRole(String claim) {
    this.claim = claim;
  }

  /** The role's name in the identity provider's token (its {@code roles} claim). */
  public String claim() {
    return claim;
  }
}
