package be.loketopmaat.domain.notification;

import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.renewal.Summons;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** What the city writes to a resident whose identity card runs out soon, in their language. */
public final class RenewalMessages {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private RenewalMessages() {}

  /** A slot is kept: when and where, until when it is kept, and the links to confirm or release. */
  public static Message summons(
      Summons summons, Location location, String confirmLink, String releaseLink, LocalDate today) {
    Language language = summons.language();
    String until = until(summons, language);
    String when = DayWords.of(summons.slot().start(), today, language);
    String where = location.nameAndAddress();
    String keptUntil = summons.keptUntil().toLocalDate().format(day(language));
    String subject;
    String body;
    switch (language) {
      case NL -> {
        subject = "Uw identiteitskaart vervalt: we hielden een afspraak voor u vrij";
        body =
            "Uw identiteitskaart is geldig tot "
                + until
                + ". We hielden een afspraak voor u vrij om een nieuwe aan te vragen: "
                + when
                + " in "
                + where
                + ". Bevestig ze vóór "
                + keptUntil
                + ": "
                + confirmLink
                + " Past het niet? Geef het tijdslot vrij, dan kan een ander het nemen: "
                + releaseLink;
      }
      case FR -> {
        subject = "Votre carte d'identité expire : nous vous avons réservé un rendez-vous";
        body =
            "Votre carte d'identité est valable jusqu'au "
                + until
                + ". Nous vous avons réservé un rendez-vous pour en demander une nouvelle : "
                + when
                + " à "
                + where
                + ". Confirmez-le avant le "
                + keptUntil
                + " : "
                + confirmLink
                + " Cela ne vous convient pas ? Libérez le créneau pour quelqu'un d'autre : "
                + releaseLink;
      }
      default -> {
        subject = "Your identity card expires: we kept an appointment for you";
        body =
            "Your identity card is valid until "
                + until
                + ". We kept an appointment for you to apply for a new one: "
                + when
                + " at "
                + where
                + ". Confirm it before "
                + keptUntil
                + ": "
                + confirmLink
                + " Does it not suit you? Release the slot so that someone else can take it: "
                + releaseLink;
      }
    }
    return message(summons, MessageKind.EID_SUMMONS, subject, body);
  }

  /** No slot could be kept: the card runs out, book a slot with the link. */
  public static Message invitation(Summons summons, String searchLink) {
    Language language = summons.language();
    String until = until(summons, language);
    String subject;
    String body;
    switch (language) {
      case NL -> {
        subject = "Uw identiteitskaart vervalt: maak een afspraak";
        body =
            "Uw identiteitskaart is geldig tot "
                + until
                + ". Maak een afspraak om een nieuwe aan te vragen: "
                + searchLink;
      }
      case FR -> {
        subject = "Votre carte d'identité expire : prenez rendez-vous";
        body =
            "Votre carte d'identité est valable jusqu'au "
                + until
                + ". Prenez rendez-vous pour en demander une nouvelle : "
                + searchLink;
      }
      default -> {
        subject = "Your identity card expires: book an appointment";
        body =
            "Your identity card is valid until "
                + until
                + ". Book an appointment to apply for a new one: "
                + searchLink;
      }
    }
    return message(summons, MessageKind.EID_INVITATION, subject, body);
  }

  /** Nobody confirmed the kept slot in time: it was given back; book another with the link. */
  public static Message released(Summons summons, String searchLink, LocalDate today) {
    Language language = summons.language();
    String when = DayWords.of(summons.slot().start(), today, language);
    String subject;
    String body;
    switch (language) {
      case NL -> {
        subject = "Uw vrijgehouden afspraak is vervallen";
        body =
            "U bevestigde de afspraak die we voor u vrijhielden ("
                + when
                + ") niet op tijd; we gaven ze vrij. Uw identiteitskaart is geldig tot "
                + until(summons, language)
                + ". Maak zelf een afspraak: "
                + searchLink;
      }
      case FR -> {
        subject = "Le rendez-vous réservé pour vous a expiré";
        body =
            "Vous n'avez pas confirmé à temps le rendez-vous réservé pour vous ("
                + when
                + ") ; nous l'avons libéré. Votre carte d'identité est valable jusqu'au "
                + until(summons, language)
                + ". Prenez rendez-vous vous-même : "
                + searchLink;
      }
      default -> {
        subject = "The appointment kept for you has lapsed";
        body =
            "You did not confirm the appointment we kept for you ("
                + when
                + ") in time, so we released it. Your identity card is valid until "
                + until(summons, language)
                + ". Book an appointment yourself: "
                + searchLink;
      }
    }
    return message(summons, MessageKind.EID_SLOT_RELEASED, subject, body);
  }

  private static String until(Summons summons, Language language) {
    return summons.cardValidUntil().format(day(language));
  }

  private static DateTimeFormatter day(Language language) {
    return DAY.withLocale(DocumentMessages.locale(language));
  }

  private static Message message(Summons summons, MessageKind kind, String subject, String body) {
    return new Message(
        null, kind, summons.language(), summons.email(), summons.phone(), subject, body);
  }
}
