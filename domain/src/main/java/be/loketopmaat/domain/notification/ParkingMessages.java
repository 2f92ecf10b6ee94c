package be.loketopmaat.domain.notification;

import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.parking.InvitationReason;
import be.loketopmaat.domain.parking.ParkingPermit;
import java.time.format.DateTimeFormatter;

/** What the city writes to the holder of a resident parking permit, in their language. */
public final class ParkingMessages {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private ParkingMessages() {}

  /**
   * The permit is not renewed on its own: why, until when it holds, and that the holder may apply
   * for a new one.
   */
  public static Message invitation(ParkingPermit permit, InvitationReason reason) {
    Language language = permit.holder().language();
    String plate = permit.plate().value();
    String until = permit.validUntil().format(DAY.withLocale(DocumentMessages.locale(language)));
    String why = why(reason, language);
    String subject;
    String body;
    switch (language) {
      case NL -> {
        subject = "Uw bewonerskaart voor " + plate + " wordt niet vanzelf verlengd";
        body =
            "Uw bewonerskaart voor het voertuig "
                + plate
                + " (zone "
                + permit.zone()
                + ") is geldig tot "
                + until
                + ". We verlengen ze niet vanzelf: "
                + why
                + " Vraag een nieuwe bewonerskaart aan via het e-loket of aan het loket.";
      }
      case FR -> {
        subject = "Votre carte de riverain pour " + plate + " n'est pas renouvelée d'office";
        body =
            "Votre carte de riverain pour le véhicule "
                + plate
                + " (zone "
                + permit.zone()
                + ") est valable jusqu'au "
                + until
                + ". Nous ne la renouvelons pas d'office : "
                + why
                + " Demandez une nouvelle carte de riverain sur l'e-guichet ou au guichet.";
      }
      default -> {
        subject = "Your resident parking permit for " + plate + " is not renewed on its own";
        body =
            "Your resident parking permit for the vehicle "
                + plate
                + " (zone "
                + permit.zone()
                + ") is valid until "
                + until
                + ". We do not renew it on its own: "
                + why
                + " Apply for a new resident parking permit on the e-counter or at a desk.";
      }
    }
    return new Message(
        null,
        MessageKind.PARKING_INVITATION,
        language,
        permit.holder().email(),
        permit.holder().phone(),
        subject,
        body);
  }

  private static String why(InvitationReason reason, Language language) {
    return switch (reason) {
      case MOVED ->
          switch (language) {
            case NL -> "volgens het bevolkingsregister woont u op een ander adres.";
            case FR -> "selon le registre de la population, vous habitez à une autre adresse.";
            case EN -> "the population register shows you at another address.";
          };
      case HOUSEHOLD_CHANGED ->
          switch (language) {
            case NL -> "volgens het bevolkingsregister is uw gezinssamenstelling gewijzigd.";
            case FR ->
                "selon le registre de la population, la composition de votre ménage a changé.";
            case EN -> "the population register shows that your household changed.";
          };
      case NOT_REGISTERED ->
          switch (language) {
            case NL -> "u bent niet (meer) ingeschreven in onze stad.";
            case FR -> "vous n'êtes pas (ou plus) inscrit dans notre ville.";
            case EN -> "you are not (or no longer) registered in our city.";
          };
      case DECEASED ->
          switch (language) {
            case NL -> "volgens het bevolkingsregister is de houder overleden. Onze deelneming.";
            case FR ->
                "selon le registre de la population, le titulaire est décédé. Nos condoléances.";
            case EN -> "the population register shows that the holder died. Our condolences.";
          };
    };
  }
}
