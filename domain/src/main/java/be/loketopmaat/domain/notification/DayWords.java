package be.loketopmaat.domain.notification;

import be.loketopmaat.domain.common.Language;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Says when an appointment is, as the citizen reads it on the day the message is written: "today",
 * "tomorrow", or the weekday and date, always with the date and time so a late message is never
 * wrong.
 */
public final class DayWords {
  private static final Map<Language, DateTimeFormatter> DATES = new EnumMap<>(Language.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  static {
    for (Language language : Language.values()) {
      DATES.put(language, DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale(language)));
    }
  }

  private DayWords() {}

  /**
   * The day words for {@code start} as seen on {@code today} (the city's date when the message is
   * written).
   */
  public static String of(LocalDateTime start, LocalDate today, Language language) {
    String date = start.format(DATES.get(language));
    String time = start.format(TIME);
    LocalDate day = start.toLocalDate();
    String relative;
    if (day.equals(today)) {
      relative =
          switch (language) {
            case NL -> "vandaag";
            case FR -> "aujourd'hui";
            case EN -> "today";
          };
    } else if (day.equals(today.plusDays(1))) {
      relative =
          switch (language) {
            case NL -> "morgen";
            case FR -> "demain";
            case EN -> "tomorrow";
          };
    } else {
      relative = null;
    }
    String at =
        switch (language) {
          case NL -> " om ";
          case FR -> " à ";
          case EN -> " at ";
        };
    return (relative == null ? date : relative + ", " + date) + at + time;
  }

  static Locale locale(Language language) {
    return switch (language) {
      case NL -> Locale.forLanguageTag("nl-BE");
      case FR -> Locale.forLanguageTag("fr-BE");
      case EN -> Locale.forLanguageTag("en-GB");
    };
  }
}
