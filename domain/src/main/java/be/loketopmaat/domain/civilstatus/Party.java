package be.loketopmaat.domain.civilstatus;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Violations;

/**
 * A person a declaration concerns: their part, their national number (none only for a child not yet
 * in the register) and their name as the declaration gives it.
 */
public record Party(PartyRole role, NationalNumber insz, String name) {
  public static final int MAX_NAME = 200;

  public Party {
    new Violations()
        .requireNonNull(role, "role")
        .require(
            insz != null || role == PartyRole.CHILD,
            "insz",
            "is required for anyone but a child not yet registered")
        .requireText(name, "name", MAX_NAME)
        .require(
            name == null || name.codePoints().noneMatch(Character::isISOControl),
            "name",
            "must be printable text")
        .throwIfAny();
    name = name.strip();
  }
}
