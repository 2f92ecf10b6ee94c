package be.loketopmaat.domain.notification;

import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.document.DocumentOrder;
import be.loketopmaat.domain.location.Location;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the city writes to a citizen about a document on its way to them, in their language. */
public final class DocumentMessages {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private DocumentMessages() {}

  /**
   * The document lies in the safe of {@code location}: where, until when, and what to bring. The
   * location names its own way to pick up (by appointment or at its pickup counter).
   *
   * @param bookingLink where to book the pickup appointment, or null where the document is picked
   *     up without one
   */
  public static Message arrived(
      DocumentOrder order, LocalizedText product, Location location, String bookingLink) {
    boolean byAppointment = bookingLink != null;
    if (order.arrivedAt() == null) {
      throw new IllegalArgumentException("the document has not arrived");
    }
    Language language = order.citizen().language();
    String what = product.in(language);
    String where = location.nameAndAddress();
    String until = order.returnDate().format(DAY.withLocale(locale(language)));
    String subject;
    String body;
    switch (language) {
      case NL -> {
        subject = "Uw document ligt klaar: " + what;
        body =
            "Uw "
                + what
                + " ligt klaar in "
                + where
                + ". "
                + (byAppointment
                    ? "Maak een afspraak om het af te halen"
                    : "U kunt het afhalen tijdens de openingsuren")
                + ", uiterlijk op "
                + until
                + "; daarna gaat het terug. Kom zelf, met uw oude document."
                + (byAppointment ? " Een afspraak maken: " + bookingLink : "");
      }
      case FR -> {
        subject = "Votre document est prêt : " + what;
        body =
            "Votre "
                + what
                + " est prêt à "
                + where
                + ". "
                + (byAppointment
                    ? "Prenez rendez-vous pour le retirer"
                    : "Vous pouvez le retirer pendant les heures d'ouverture")
                + ", au plus tard le "
                + until
                + " ; ensuite, il est renvoyé. Venez en personne, avec votre ancien document."
                + (byAppointment ? " Prendre rendez-vous : " + bookingLink : "");
      }
      default -> {
        subject = "Your document is ready: " + what;
        body =
            "Your "
                + what
                + " is ready at "
                + where
                + ". "
                + (byAppointment
                    ? "Book an appointment to pick it up"
                    : "You can pick it up during opening hours")
                + ", by "
                + until
                + " at the latest; after that it is sent back. Come in person, with your old"
                + " document."
                + (byAppointment ? " Book an appointment: " + bookingLink : "");
      }
    }
    return new Message(
        null,
        MessageKind.DOCUMENT_ARRIVED,
        language,
        order.citizen().email(),
        order.citizen().phone(),
        subject,
        body);
  }

  /** The locale dates are written in for a citizen of this language. */
  static Locale locale(Language language) {
    return switch (language) {
      case NL -> Locale.forLanguageTag("nl-BE");
      case FR -> Locale.forLanguageTag("fr-BE");
      case EN -> Locale.forLanguageTag("en-GB");
    };
  }
}
