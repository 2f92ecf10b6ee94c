package be.loketopmaat.domain.civilstatus;

import be.loketopmaat.domain.citizen.NationalNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * May this birth be declared electronically? Only where the child's filiation needs no decision of
 * the officer: paternity or co-motherhood is presumed (the other parent is the mother's spouse), a
 * prenatal recognition is registered, or only the mother's filiation is established (no other
 * parent). The declarant must be one of the parents named. Any other case goes to the counter, with
 * the reason.
 */
public final class ElectronicBirthRule {
  private ElectronicBirthRule() {}

  /**
   * @param otherParent the other parent's national number, or null when the declaration names none
   * @return why the birth must be declared at the counter, or empty when it may be electronic
   */
  public static Optional<CounterReason> whyNotElectronic(
      NationalNumber declarant,
      NationalNumber mother,
      NationalNumber otherParent,
      ParentRelation relation) {
    Objects.requireNonNull(declarant, "declarant");
    Objects.requireNonNull(mother, "mother");
    Objects.requireNonNull(relation, "relation");
    if (!declarant.equals(mother) && !declarant.equals(otherParent)) {
      return Optional.of(CounterReason.DECLARANT_NOT_A_PARENT);
    }
    if (otherParent == null) {
      return relation == ParentRelation.NONE
          ? Optional.empty()
          : Optional.of(CounterReason.PRESUMED_PARENT_NOT_NAMED);
    }
    return relation == ParentRelation.NONE
        ? Optional.of(CounterReason.OTHER_PARENT_NOT_PRESUMED)
        : Optional.empty();
  }
}
