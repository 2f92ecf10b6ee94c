package be.loketopmaat.adapters.kiosk.session;

import be.loketopmaat.adapters.kiosk.attest.KioskLanguage;

/** What the kiosk's screen tells the citizen after an event, in Dutch, French and English. */
public enum Notice {
  CARD_UNREADABLE(
      "Deze kaart kan niet gelezen worden. Neem uw kaart terug.",
      "Cette carte ne peut pas être lue. Reprenez votre carte.",
      "This card cannot be read. Please take your card."),
  CARD_EXPIRED(
      "Uw identiteitskaart is vervallen. Neem uw kaart terug.",
      "Votre carte d'identité est expirée. Reprenez votre carte.",
      "Your identity card has expired. Please take your card."),
  CARD_REFUSED(
      "Deze kaart wordt niet aanvaard. Neem uw kaart terug.",
      "Cette carte n'est pas acceptée. Reprenez votre carte.",
      "This card is not accepted. Please take your card."),
  CARD_REMOVED(
      "De kaart werd uitgenomen. Er werd niets bewaard.",
      "La carte a été retirée. Rien n'a été conservé.",
      "The card was removed. Nothing was kept."),
  PIN_WRONG(
      "Verkeerde pincode. U kunt het nog %d keer proberen.",
      "Code PIN erroné. Il vous reste %d essai(s).", "Wrong PIN. You have %d more tries."),
  PIN_INVALID(
      "Een pincode bestaat uit 4 tot 12 cijfers.",
      "Un code PIN compte de 4 à 12 chiffres.",
      "A PIN has 4 to 12 digits."),
  PIN_BLOCKED(
      "Uw pincode is geblokkeerd. Vraag een nieuwe aan bij het loket. Neem uw kaart terug.",
      "Votre code PIN est bloqué. Demandez-en un nouveau au guichet. Reprenez votre carte.",
      "Your PIN is blocked. Ask for a new one at the counter. Please take your card."),
  PRINTED(
      "Uw document is afgedrukt. Neem uw kaart terug.",
      "Votre document est imprimé. Reprenez votre carte.",
      "Your document has been printed. Please take your card."),
  PRINTER_OUT_OF_PAPER(
      "De printer heeft geen papier meer. Er werd niets afgedrukt.",
      "L'imprimante n'a plus de papier. Rien n'a été imprimé.",
      "The printer is out of paper. Nothing was printed."),
  PRINTER_FAULT(
      "De printer werkt niet. Er werd niets afgedrukt.",
      "L'imprimante ne fonctionne pas. Rien n'a été imprimé.",
      "The printer is not working. Nothing was printed."),
  DOCUMENT_UNAVAILABLE(
      "Dit document kan nu niet gemaakt worden. Probeer later opnieuw.",
      "Ce document ne peut pas être établi maintenant. Réessayez plus tard.",
      "This document cannot be made now. Please try again later."),
  CODES_REQUESTED(
      "Uw aanvraag is geregistreerd. U krijgt een bericht wanneer u uw codes kunt afhalen. Neem uw"
          + " kaart terug.",
      "Votre demande est enregistrée. Vous recevrez un message quand vos codes pourront être"
          + " retirés. Reprenez votre carte.",
      "Your request is registered. You will get a message when your codes can be picked up."
          + " Please take your card."),
  CODES_REFUSED(
      "Uw aanvraag kan niet aanvaard worden: %s",
      "Votre demande ne peut pas être acceptée : %s", "Your request cannot be accepted: %s"),
  NOT_AT_THIS_KIOSK(
      "Dit kan niet aan deze zuil. Vraag het online of aan het loket.",
      "Ce n'est pas possible à cette borne. Demandez-le en ligne ou au guichet.",
      "This cannot be done at this kiosk. Ask for it online or at the counter."),
  CITY_UNREACHABLE(
      "De stad is nu niet bereikbaar. Probeer later opnieuw.",
      "La ville n'est pas joignable pour l'instant. Réessayez plus tard.",
      "The city cannot be reached now. Please try again later."),
  TICKET_PRINTED(
      "Uw nummer is %s. Neem uw ticket en wacht tot uw nummer wordt afgeroepen.",
      "Votre numéro est le %s. Prenez votre ticket et attendez que votre numéro soit appelé.",
      "Your number is %s. Take your ticket and wait until your number is called."),
  TICKET_NOT_PRINTED(
      "Uw nummer is %s. Het ticket kon niet afgedrukt worden: onthoud uw nummer, u wordt"
          + " afgeroepen.",
      "Votre numéro est le %s. Le ticket n'a pas pu être imprimé : retenez votre numéro, vous"
          + " serez appelé.",
      "Your number is %s. The ticket could not be printed: remember your number, you will be"
          + " called."),
  TICKET_REFUSED(
      "Er kan nu geen ticket gegeven worden: %s",
      "Aucun ticket ne peut être donné maintenant : %s", "No ticket can be given now: %s"),
  FINISHED(
      "U bent klaar. Neem uw kaart terug.",
      "Vous avez terminé. Reprenez votre carte.",
      "You are done. Please take your card."),
  TIMED_OUT(
      "De sessie is afgesloten omdat u een tijd niets deed. Neem uw kaart terug.",
      "La session a été fermée après un moment d'inactivité. Reprenez votre carte.",
      "The session was closed after a while without activity. Please take your card.");

  private final String dutch;
  private final String french;
  private final String english;

  Notice(String dutch, String french, String english) {
    this.dutch = dutch;
    this.french = french;
    this.english = english;
  }

  /** The text in a language, with its number filled in where it has one. */
  public String text(KioskLanguage language, Object... arguments) {
    return String.format(language.pick(dutch, french, english), arguments);
  }
}
