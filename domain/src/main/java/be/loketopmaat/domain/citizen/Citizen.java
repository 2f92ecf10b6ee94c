package be.loketopmaat.domain.citizen;

import be.loketopmaat.domain.common.Formats;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.common.Violations;

/**
 * The person an appointment or a document is for, as far as the city needs to serve and reach them:
 * a national number, a name, an e-mail address and/or a phone number, and the language to write to
 * them in. A citizen who books is {@linkplain #reachable reachable}; one the city learns of from a
 * federal system (a driving licence applied for in BelDrive) may have given no contact.
 */
public record Citizen(
    NationalNumber insz, String name, String email, String phone, Language language) {
  public Citizen {
    email = blankToNull(email);
    phone = blankToNull(phone);
    new Violations()
        .requireNonNull(insz, "insz")
        .requireText(name, "name", 200)
        .require(email == null || Formats.isEmail(email), "email", "must be an e-mail address")
        .require(phone == null || Formats.isPhone(phone, 6), "phone", "must be a phone number")
        .throwIfAny();
    name = name.strip();
    language = language == null ? Language.NL : language;
  }

  /** A citizen the city can write to: an e-mail address, a phone number, or both, are required. */
  public static Citizen reachable(
      NationalNumber insz, String name, String email, String phone, Language language) {
    Citizen citizen = new Citizen(insz, name, email, phone, language);
    new Violations()
        .require(
            citizen.canBeReached(), "email", "give an e-mail address or a phone number, or both")
        .throwIfAny();
    return citizen;
  }

  /** Whether the city has an e-mail address or a phone number to write to. */
  public boolean canBeReached() {
    return email != null || phone != null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
