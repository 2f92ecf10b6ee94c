package be.loketopmaat.domain.population;

import be.loketopmaat.domain.common.Violations;

/** A person's name as the register writes it: given names (in order) and family name. */
public record PersonName(String givenNames, String familyName) {
  public PersonName {
    new Violations()
        .requireText(givenNames, "givenNames", 200)
        .requireText(familyName, "familyName", 200)
        .throwIfAny();
    givenNames = givenNames.strip();
    familyName = familyName.strip();
  }

  /** Given names then family name, as on a letter. */
  public String full() {
    return givenNames + " " + familyName;
  }
}
