package be.loketopmaat.domain.civilstatus;

import be.loketopmaat.domain.mailbox.MailboxDocument;
import be.loketopmaat.domain.mailbox.MailboxMessage;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The eBox message that carries the extract of a signed act to the declarant: a subject and a short
 * body in the declaration's language, the extract (with DABS's seal and QR code) attached.
 */
public final class CivilStatusMessages {
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9-]");

  private CivilStatusMessages() {}

  public static MailboxMessage message(Declaration declaration, byte[] extract) {
    String act = what(declaration);
    String subject =
        switch (declaration.language()) {
          case NL -> "Uw uittreksel: " + act;
          case FR -> "Votre extrait : " + act;
          case EN -> "Your extract: " + act;
        };
    String body =
        switch (declaration.language()) {
          case NL ->
              "Beste burger,\n\nDe ambtenaar van de burgerlijke stand heeft de akte "
                  + declaration.actNumber()
                  + " ondertekend. U vindt het uittreksel in de bijlage; de QR-code erop laat"
                  + " iedereen het nakijken in DABS.\n\nMet vriendelijke groeten,\nUw stad";
          case FR ->
              "Madame, Monsieur,\n\nL'officier de l'état civil a signé l'acte "
                  + declaration.actNumber()
                  + ". Vous trouverez l'extrait en annexe ; son code QR permet de le vérifier"
                  + " dans la BAEC.\n\nSalutations distinguées,\nVotre ville";
          case EN ->
              "Dear citizen,\n\nThe civil-status officer signed the act "
                  + declaration.actNumber()
                  + ". The extract is attached; its QR code lets anyone check it in DABS.\n\n"
                  + "Kind regards,\nYour city";
        };
    return new MailboxMessage(
        declaration.declarant(),
        declaration.language(),
        subject,
        body,
        List.of(document(declaration, extract)));
  }

  /** The extract as attached: the act's kind and number in a plain file name. */
  public static MailboxDocument document(Declaration declaration, byte[] extract) {
    return MailboxDocument.pdf(
        "extract-"
            + declaration.kind().name().toLowerCase(Locale.ROOT)
            + "-"
            + UNSAFE.matcher(declaration.actNumber()).replaceAll("-")
            + ".pdf",
        extract);
  }

  private static String what(Declaration declaration) {
    return switch (declaration.language()) {
      case NL ->
          switch (declaration.kind()) {
            case BIRTH -> "akte van geboorte";
            case RECOGNITION -> "akte van erkenning";
            case MARRIAGE -> "akte van huwelijk";
          };
      case FR ->
          switch (declaration.kind()) {
            case BIRTH -> "acte de naissance";
            case RECOGNITION -> "acte de reconnaissance";
            case MARRIAGE -> "acte de mariage";
          };
      case EN ->
          switch (declaration.kind()) {
            case BIRTH -> "birth certificate";
            case RECOGNITION -> "act of recognition";
            case MARRIAGE -> "marriage certificate";
          };
    };
  }
}
