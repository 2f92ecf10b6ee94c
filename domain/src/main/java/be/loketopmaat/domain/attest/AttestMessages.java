package be.loketopmaat.domain.attest;

import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.mailbox.MailboxDocument;
import be.loketopmaat.domain.mailbox.MailboxMessage;
import be.loketopmaat.domain.population.Attest;
import java.util.List;
import java.util.Locale;

/**
 * The eBox message that carries an attest to the citizen: a subject and a short body in the
 * citizen's language, the PDF attached. The city writes to citizens in Dutch, French or English: an
 * attest in German comes with an English message (the attest itself stays German).
 */
public final class AttestMessages {
  private AttestMessages() {}

  /** The language the message around an attest is written in. */
  public static Language languageOf(AttestRequest request) {
    return switch (request.language()) {
      case NL -> Language.NL;
      case FR -> Language.FR;
      case DE -> Language.EN;
    };
  }

  public static MailboxMessage message(AttestRequest request, Attest attest) {
    Language language = languageOf(request);
    String title = request.model().title().in(language);
    String subject =
        switch (language) {
          case NL -> "Uw attest: " + title;
          case FR -> "Votre certificat : " + title;
          case EN -> "Your attest: " + title;
        };
    String body =
        switch (language) {
          case NL ->
              "Beste burger,\n\nU vroeg het attest '"
                  + title
                  + "' aan. U vindt het in de bijlage, opgemaakt uit het bevolkingsregister op "
                  + attest.issuedOn()
                  + ".\n\nMet vriendelijke groeten,\nUw stad";
          case FR ->
              "Madame, Monsieur,\n\nVous avez demandé le certificat « "
                  + title
                  + " ». Vous le trouverez en annexe, établi à partir du registre de la population le "
                  + attest.issuedOn()
                  + ".\n\nSalutations distinguées,\nVotre ville";
          case EN ->
              "Dear citizen,\n\nYou asked for the attest '"
                  + title
                  + "'. It is attached, made from the population register on "
                  + attest.issuedOn()
                  + ".\n\nKind regards,\nYour city";
        };
    return new MailboxMessage(
        request.insz(), language, subject, body, List.of(document(request, attest)));
  }

  /** The PDF as attached: a plain file name of the model and the day it was made. */
  public static MailboxDocument document(AttestRequest request, Attest attest) {
    return MailboxDocument.pdf(fileName(request, attest), attest.pdf());
  }

  static String fileName(AttestRequest request, Attest attest) {
    return "attest-"
        + request.model().name().toLowerCase(Locale.ROOT).replace('_', '-')
        + "-"
        + attest.issuedOn()
        + ".pdf";
  }
}
