package be.loketopmaat.domain.notification;

import be.loketopmaat.domain.common.Violations;
import java.util.regex.Pattern;

/**
 * The city as the organizer of the appointments in citizens' calendars (RFC 5545 ORGANIZER): its
 * name, and the address that answers about appointments (a calendar offers to write to it).
 */
public record CalendarOrganizer(String name, String email) {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s\"<>]+@[^@\\s\"<>]+");
  private static final Pattern NOT_IN_QUOTES = Pattern.compile("[\"\\p{Cntrl}]");

  public CalendarOrganizer {
    new Violations()
        .requireText(name, "name", 100)
        .require(
            email != null && EMAIL.matcher(email).matches(), "email", "must be an e-mail address")
        .throwIfAny();
  }

  /**
   * The content line: the name as a quoted parameter value (RFC 5545, 3.2: no double quotes or
   * control characters inside), the address as a mailto URI.
   */
  String property() {
    String quoted = NOT_IN_QUOTES.matcher(name).replaceAll("");
    return "ORGANIZER;CN=\"" + quoted + "\":mailto:" + email;
  }
}
