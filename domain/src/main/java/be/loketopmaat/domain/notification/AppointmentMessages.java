package be.loketopmaat.domain.notification;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.location.Location;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Writes the messages about an appointment in Dutch, French or English, as the citizen chose. */
public final class AppointmentMessages {
  private AppointmentMessages() {}

  /**
   * Writes the message about {@code appointment} as read on {@code today}, the city's date when it
   * is written, so that the day words ("today", "tomorrow", a weekday) are right.
   *
   * @param products the names of the appointment's products, in its order, named in the citizen's
   *     language
   */
  public static Message write(
      MessageKind kind,
      Appointment appointment,
      Location location,
      List<LocalizedText> products,
      LocalDate today) {
    return write(kind, appointment, location, products, today, null);
  }

  /**
   * The same, with the link where the citizen manages the appointment appended to the body, when
   * given (the confirmation, which is written while the code is known in clear); a {@link
   * MessageKind#MANAGEMENT_LINK} message needs one.
   */
  public static Message write(
      MessageKind kind,
      Appointment appointment,
      Location location,
      List<LocalizedText> products,
      LocalDate today,
      String managementLink) {
    if (products.isEmpty()) {
      throw new IllegalArgumentException("a message names the appointment's products");
    }
    if (kind == MessageKind.MANAGEMENT_LINK && managementLink == null) {
      throw new IllegalArgumentException("a management link message needs its link");
    }
    Language language = appointment.citizen().language();
    String when = DayWords.of(appointment.start(), today, language);
    String where = location.nameAndAddress();
    String reference = appointment.reference().value();
    String subject = subject(kind, language) + " " + reference;
    String body =
        switch (language) {
          case NL ->
              switch (kind) {
                case CONFIRMATION ->
                    "Uw afspraak is bevestigd: "
                        + when
                        + " in "
                        + where
                        + ". Referentie "
                        + reference
                        + ". Neem uw identiteitskaart mee.";
                case REMINDER ->
                    "Herinnering: "
                        + when
                        + " hebt u een afspraak in "
                        + where
                        + ". Referentie "
                        + reference
                        + ".";
                case CHANGE ->
                    "Uw afspraak "
                        + reference
                        + " is verplaatst naar "
                        + when
                        + " in "
                        + where
                        + ".";
                case CANCELLATION ->
                    "Uw afspraak "
                        + reference
                        + " van "
                        + when
                        + " in "
                        + where
                        + " is geannuleerd.";
                case MANAGEMENT_LINK ->
                    "Met deze nieuwe link beheert u uw afspraak "
                        + reference
                        + " van "
                        + when
                        + " in "
                        + where
                        + "; de vorige link werkt niet meer.";
                default -> throw notAboutAnAppointment(kind);
              };
          case FR ->
              switch (kind) {
                case CONFIRMATION ->
                    "Votre rendez-vous est confirmé : "
                        + when
                        + " à "
                        + where
                        + ". Référence "
                        + reference
                        + ". Munissez-vous de votre carte d'identité.";
                case REMINDER ->
                    "Rappel : "
                        + when
                        + ", vous avez rendez-vous à "
                        + where
                        + ". Référence "
                        + reference
                        + ".";
                case CHANGE ->
                    "Votre rendez-vous "
                        + reference
                        + " est déplacé au "
                        + when
                        + " à "
                        + where
                        + ".";
                case CANCELLATION ->
                    "Votre rendez-vous "
                        + reference
                        + " du "
                        + when
                        + " à "
                        + where
                        + " est annulé.";
                case MANAGEMENT_LINK ->
                    "Ce nouveau lien vous permet de gérer votre rendez-vous "
                        + reference
                        + " du "
                        + when
                        + " à "
                        + where
                        + " ; le lien précédent ne fonctionne plus.";
                default -> throw notAboutAnAppointment(kind);
              };
          case EN ->
              switch (kind) {
                case CONFIRMATION ->
                    "Your appointment is confirmed: "
                        + when
                        + " at "
                        + where
                        + ". Reference "
                        + reference
                        + ". Please bring your identity card.";
                case REMINDER ->
                    "Reminder: "
                        + when
                        + ", you have an appointment at "
                        + where
                        + ". Reference "
                        + reference
                        + ".";
                case CHANGE ->
                    "Your appointment "
                        + reference
                        + " has moved to "
                        + when
                        + " at "
                        + where
                        + ".";
                case CANCELLATION ->
                    "Your appointment "
                        + reference
                        + " of "
                        + when
                        + " at "
                        + where
                        + " is cancelled.";
                case MANAGEMENT_LINK ->
                    "With this new link you manage your appointment "
                        + reference
                        + " of "
                        + when
                        + " at "
                        + where
                        + "; the previous link no longer works.";
                default -> throw notAboutAnAppointment(kind);
              };
        };
    return new Message(
        appointment.reference(),
        kind,
        language,
        appointment.citizen().email(),
        appointment.citizen().phone(),
        subject,
        body
            + "\n"
            + productsLine(language, products)
            + (managementLink == null ? "" : "\n" + linkLine(kind, language, managementLink)));
  }

  /** What the appointment is for, by the products' names in the citizen's language. */
  private static String productsLine(Language language, List<LocalizedText> products) {
    String names =
        products.stream().map(name -> name.in(language)).collect(Collectors.joining(", "));
    return switch (language) {
          case NL -> "Voor: ";
          case FR -> "Pour : ";
          case EN -> "For: ";
        }
        + names
        + ".";
  }

  /** The management link message is about the link; any other says what the link is for. */
  private static String linkLine(MessageKind kind, Language language, String managementLink) {
    if (kind == MessageKind.MANAGEMENT_LINK) {
      return managementLink;
    }
    return switch (language) {
          case NL -> "Uw afspraak bekijken, verplaatsen of annuleren: ";
          case FR -> "Consulter, déplacer ou annuler votre rendez-vous : ";
          case EN -> "View, move or cancel your appointment: ";
        }
        + managementLink;
  }

  private static String subject(MessageKind kind, Language language) {
    return switch (language) {
      case NL ->
          switch (kind) {
            case CONFIRMATION -> "Bevestiging afspraak";
            case REMINDER -> "Herinnering afspraak";
            case CHANGE -> "Wijziging afspraak";
            case CANCELLATION -> "Annulering afspraak";
            case MANAGEMENT_LINK -> "Nieuwe link voor uw afspraak";
            default -> throw notAboutAnAppointment(kind);
          };
      case FR ->
          switch (kind) {
            case CONFIRMATION -> "Confirmation du rendez-vous";
            case REMINDER -> "Rappel du rendez-vous";
            case CHANGE -> "Modification du rendez-vous";
            case CANCELLATION -> "Annulation du rendez-vous";
            case MANAGEMENT_LINK -> "Nouveau lien pour votre rendez-vous";
            default -> throw notAboutAnAppointment(kind);
          };
      case EN ->
          switch (kind) {
            case CONFIRMATION -> "Appointment confirmed";
            case REMINDER -> "Appointment reminder";
            case CHANGE -> "Appointment changed";
            case CANCELLATION -> "Appointment cancelled";
            case MANAGEMENT_LINK -> "New link for your appointment";
            default -> throw notAboutAnAppointment(kind);
          };
    };
  }

  private static IllegalArgumentException notAboutAnAppointment(MessageKind kind) {
    return new IllegalArgumentException(kind + " is not a message about an appointment");
  }
}
