package be.loketopmaat.domain.notification;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentStatus;
import be.loketopmaat.domain.calendar.CityTime;
import be.loketopmaat.domain.common.Language;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An appointment as an iCalendar (RFC 5545) event, for the citizen's own calendar. Times are
 * written in UTC, which every calendar reads without a VTIMEZONE block; the calendar shows them in
 * its own zone.
 *
 * <p>As iTIP (RFC 5546) asks of a calendar that is published: the city is the ORGANIZER; the UID is
 * the appointment's and never changes; SEQUENCE is the appointment's, raised by every reschedule
 * and by the cancellation, so that a calendar that imports the file again replaces the event it
 * has; a cancelled appointment is sent as {@code METHOD:CANCEL} with {@code STATUS:CANCELLED},
 * which calendars take as "remove it".
 */
public final class AppointmentCalendar {
  public static final String MEDIA_TYPE = "text/calendar";

  /** RFC 5545, 3.1: content lines are folded at 75 octets, not characters. */
  static final int MAX_LINE_OCTETS = 75;

  private static final String CRLF = "\r\n";
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

  private AppointmentCalendar() {}

  /**
   * @param organizer the city, as the ORGANIZER of every appointment's event
   * @param placeName the location's name, or its code when it is unknown
   * @param address the location's postal address on one line, if known
   * @param productNames what the appointment is for, named in the citizen's language
   * @param stamp when this document is made (DTSTAMP)
   */
  public static String event(
      Appointment appointment,
      CalendarOrganizer organizer,
      String placeName,
      String address,
      List<String> productNames,
      Instant stamp) {
    Language language = appointment.citizen().language();
    String reference = appointment.reference().value();
    String products = String.join(", ", productNames);
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VCALENDAR");
    lines.add("VERSION:2.0");
    lines.add("PRODID:-//Loket op Maat//Appointments//EN");
    lines.add("CALSCALE:GREGORIAN");
    boolean cancelled = appointment.status() == AppointmentStatus.CANCELLED;
    lines.add(cancelled ? "METHOD:CANCEL" : "METHOD:PUBLISH");
    lines.add("BEGIN:VEVENT");
    // The reference survives a reschedule, so a calendar that imports the file again updates the
    // event.
    lines.add("UID:" + text("appointment-" + reference + "@loket-op-maat"));
    lines.add("DTSTAMP:" + UTC.format(stamp.atOffset(ZoneOffset.UTC)));
    lines.add("SEQUENCE:" + appointment.sequence());
    lines.add(organizer.property());
    lines.add("DTSTART:" + utc(appointment.start()));
    lines.add("DTEND:" + utc(appointment.end()));
    lines.add("SUMMARY:" + text(summary(language, placeName)));
    lines.add("LOCATION:" + text(address == null ? placeName : placeName + ", " + address));
    lines.add("DESCRIPTION:" + text(description(language, reference, products)));
    lines.add("STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
    lines.add("END:VEVENT");
    lines.add("END:VCALENDAR");
    StringBuilder out = new StringBuilder();
    lines.forEach(line -> out.append(fold(line)).append(CRLF));
    return out.toString();
  }

  /**
   * RFC 5545, 3.3.11: backslash, semicolon and comma are escaped, and line breaks become {@code
   * \n}.
   */
  static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n");
  }

  /**
   * Breaks a content line so that no physical line exceeds 75 octets; each continuation starts with
   * one space, which counts. A UTF-8 character is never split, or a reader would see two broken
   * ones.
   */
  static String fold(String line) {
    StringBuilder out = new StringBuilder();
    int octets = 0;
    int limit = MAX_LINE_OCTETS;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      int chars = Character.charCount(codePoint);
      int size = utf8Octets(codePoint);
      if (octets + size > limit) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.append(line, i, i + chars);
      octets += size;
      i += chars;
    }
    return out.toString();
  }

  /** How many octets UTF-8 takes for the code point (RFC 3629, 3). */
  static int utf8Octets(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }

  private static String utc(LocalDateTime wallClock) {
    return UTC.format(wallClock.atZone(CityTime.ZONE).withZoneSameInstant(ZoneOffset.UTC));
  }

  private static String summary(Language language, String name) {
    return switch (language) {
      case NL -> "Afspraak: " + name;
      case FR -> "Rendez-vous : " + name;
      case EN -> "Appointment: " + name;
    };
  }

  private static String description(Language language, String reference, String products) {
    return switch (language) {
      case NL -> "Referentie: " + reference + "\nProducten: " + products;
      case FR -> "Référence : " + reference + "\nProduits : " + products;
      case EN -> "Reference: " + reference + "\nProducts: " + products;
    };
  }
}
