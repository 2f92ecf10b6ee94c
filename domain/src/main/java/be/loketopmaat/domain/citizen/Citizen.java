package be.loketopmaat.domain.citizen;

import be.loketopmaat.domain.common.Formats;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.common.Violations;

/**
 * The person an appointment is for, as far as the city needs to serve and reach them: a national
 * number, a name, an e-mail address and/or a phone number, and the language to write to them in.
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
        .require(
            email != null || phone != null,
            "email",
            "give an e-mail address or a phone number, or both")
        .throwIfAny();
    name = name.strip();
    language = language == null ? Language.NL : language;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
