package be.loketopmaat.domain.renewal;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Formats;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.population.PersonName;
import java.time.LocalDate;

/**
 * A resident's identity card as the National Register lists it for the city: whose, its number and
 * last day of validity, and what a summons needs to reach the holder: the name, the main residence
 * (for the location near home and a letter), the language of the register and the contact data the
 * holder gave it of their own will (e-mail, phone; either may be missing).
 */
public record ExpiringCard(
    NationalNumber insz,
    String cardNumber,
    LocalDate validUntil,
    PersonName name,
    Address residence,
    Language language,
    String email,
    String phone) {

  public ExpiringCard {
    new Violations()
        .requireNonNull(insz, "insz")
        .requireText(cardNumber, "cardNumber", 20)
        .requireNonNull(validUntil, "validUntil")
        .requireNonNull(name, "name")
        .requireNonNull(residence, "residence")
        .throwIfAny();
    language = language == null ? Language.NL : language;
    // Contact data the holder typed in the register long ago: what is no address is no contact.
    email = email == null || !Formats.isEmail(email.strip()) ? null : email.strip();
    phone = phone == null || !Formats.isPhone(phone.strip(), 6) ? null : phone.strip();
  }

  /** Whether the register gave a way to write to the holder other than a letter. */
  public boolean reachable() {
    return email != null || phone != null;
  }
}
