package be.loketopmaat.domain.notification;

import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.document.CodeRequest;
import be.loketopmaat.domain.document.CodeRequestState;
import be.loketopmaat.domain.location.Location;

/**
 * What the city writes to a citizen about their request for new PIN/PUK codes, in their language.
 */
public final class CodeMessages {
  private CodeMessages() {}

  /** The letter with the codes lies ready at {@code location}: where, and what to bring. */
  public static Message arrived(CodeRequest request, Location location) {
    if (request.arrivedAt() == null) {
      throw new IllegalArgumentException("the codes letter has not arrived");
    }
    Language language = request.citizen().language();
    String where = location.nameAndAddress();
    String subject;
    String body;
    switch (language) {
      case NL -> {
        subject = "Uw nieuwe PIN- en PUK-codes liggen klaar";
        body =
            "De brief met uw nieuwe PIN- en PUK-codes ligt klaar in "
                + where
                + ". U kunt hem afhalen tijdens de openingsuren. Kom zelf, met uw identiteitskaart.";
      }
      case FR -> {
        subject = "Vos nouveaux codes PIN et PUK sont prêts";
        body =
            "La lettre avec vos nouveaux codes PIN et PUK est prête à "
                + where
                + ". Vous pouvez la retirer pendant les heures d'ouverture. Venez en personne, avec"
                + " votre carte d'identité.";
      }
      default -> {
        subject = "Your new PIN and PUK codes are ready";
        body =
            "The letter with your new PIN and PUK codes is ready at "
                + where
                + ". You can pick it up during opening hours. Come in person, with your identity"
                + " card.";
      }
    }
    return message(request, MessageKind.CODES_ARRIVED, subject, body);
  }

  /**
   * The card production refused the request: why, in words the citizen understands (its reason
   * starts with the production's code, e.g. {@code ADDRESS_CHANGE_PENDING: ...}).
   */
  public static Message refused(CodeRequest request) {
    if (request.state() != CodeRequestState.REFUSED) {
      throw new IllegalArgumentException("the request was not refused");
    }
    Language language = request.citizen().language();
    String reason = request.endReason() == null ? "" : request.endReason();
    String why = why(reason, language);
    String subject;
    String body;
    switch (language) {
      case NL -> {
        subject = "Uw aanvraag van nieuwe PIN- en PUK-codes is geweigerd";
        body = "Uw aanvraag van nieuwe PIN- en PUK-codes kon niet worden uitgevoerd: " + why;
      }
      case FR -> {
        subject = "Votre demande de nouveaux codes PIN et PUK est refusée";
        body = "Votre demande de nouveaux codes PIN et PUK n'a pas pu être exécutée : " + why;
      }
      default -> {
        subject = "Your request for new PIN and PUK codes was refused";
        body = "Your request for new PIN and PUK codes could not be carried out: " + why;
      }
    }
    return message(request, MessageKind.CODES_REFUSED, subject, body);
  }

  private static String why(String reason, Language language) {
    String code = reason.contains(":") ? reason.substring(0, reason.indexOf(':')).strip() : reason;
    return switch (code) {
      case "ADDRESS_CHANGE_PENDING" ->
          switch (language) {
            case NL ->
                "uw adreswijziging is nog niet afgerond. Na de wijziging krijgt u een nieuwe kaart,"
                    + " met nieuwe codes.";
            case FR ->
                "votre changement d'adresse n'est pas encore terminé. Après le changement, vous"
                    + " recevrez une nouvelle carte, avec de nouveaux codes.";
            case EN ->
                "your change of address is not complete yet. After the change you get a new card,"
                    + " with new codes.";
          };
      case "CARD_ORDER_PENDING" ->
          switch (language) {
            case NL -> "er is een nieuwe kaart voor u onderweg; die komt met eigen codes.";
            case FR ->
                "une nouvelle carte est en route pour vous ; elle vient avec ses propres codes.";
            case EN -> "a new card is on its way to you; it comes with codes of its own.";
          };
      case "NO_ACTIVE_CARD" ->
          switch (language) {
            case NL -> "u hebt geen actieve kaart met chip. Vraag een nieuwe kaart aan.";
            case FR -> "vous n'avez pas de carte active avec puce. Demandez une nouvelle carte.";
            case EN -> "you have no active card with a chip. Apply for a new card.";
          };
      default ->
          switch (language) {
            case NL -> "de kaartproductie weigerde ze. Neem contact op met uw loket.";
            case FR -> "la production des cartes l'a refusée. Prenez contact avec votre guichet.";
            case EN -> "the card production refused it. Please contact your city office.";
          };
    };
  }

  private static Message message(
      CodeRequest request, MessageKind kind, String subject, String body) {
    return new Message(
        null,
        kind,
        request.citizen().language(),
        request.citizen().email(),
        request.citizen().phone(),
        subject,
        body);
  }
}
