package be.loketopmaat.domain.civilstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.citizen.NationalNumber;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every case of "may this birth be declared electronically". */
class ElectronicBirthRuleTest {
  static final NationalNumber MOTHER = NationalNumber.of("90011512363");
  static final NationalNumber OTHER = NationalNumber.of("88061212349");
  static final NationalNumber STRANGER = NationalNumber.of("95092112344");

  private static Optional<CounterReason> rule(
      NationalNumber declarant, NationalNumber other, ParentRelation relation) {
    return ElectronicBirthRule.whyNotElectronic(declarant, MOTHER, other, relation);
  }

  @Test
  void presumedPaternityOrCoMotherhoodByMarriageIsElectronic() {
    assertThat(rule(MOTHER, OTHER, ParentRelation.MARRIED_TO_MOTHER)).isEmpty();
    assertThat(rule(OTHER, OTHER, ParentRelation.MARRIED_TO_MOTHER)).isEmpty();
  }

  @Test
  void aRegisteredPrenatalRecognitionIsElectronic() {
    assertThat(rule(MOTHER, OTHER, ParentRelation.PRENATAL_RECOGNITION)).isEmpty();
    assertThat(rule(OTHER, OTHER, ParentRelation.PRENATAL_RECOGNITION)).isEmpty();
  }

  @Test
  void onlyTheMothersFiliationIsElectronic() {
    assertThat(rule(MOTHER, null, ParentRelation.NONE)).isEmpty();
  }

  @Test
  void anOtherParentWithoutPresumptionOrRecognitionGoesToTheCounter() {
    assertThat(rule(MOTHER, OTHER, ParentRelation.NONE))
        .contains(CounterReason.OTHER_PARENT_NOT_PRESUMED);
    assertThat(rule(OTHER, OTHER, ParentRelation.NONE))
        .contains(CounterReason.OTHER_PARENT_NOT_PRESUMED);
  }

  @Test
  void aPresumedOrRecognisedParentWhoIsNotNamedGoesToTheCounter() {
    assertThat(rule(MOTHER, null, ParentRelation.MARRIED_TO_MOTHER))
        .contains(CounterReason.PRESUMED_PARENT_NOT_NAMED);
    assertThat(rule(MOTHER, null, ParentRelation.PRENATAL_RECOGNITION))
        .contains(CounterReason.PRESUMED_PARENT_NOT_NAMED);
  }

  @Test
  void someoneWhoIsNotAParentGoesToTheCounterWhateverTheRelation() {
    for (ParentRelation relation : ParentRelation.values()) {
      assertThat(rule(STRANGER, OTHER, relation))
          .as(relation.name())
          .contains(CounterReason.DECLARANT_NOT_A_PARENT);
    }
    assertThat(rule(STRANGER, null, ParentRelation.NONE))
        .contains(CounterReason.DECLARANT_NOT_A_PARENT);
  }

  @Test
  void everyReasonHasItsLegalText() {
    for (CounterReason reason : CounterReason.values()) {
      assertThat(reason.legalReason().english()).isNotBlank();
    }
  }

  @Test
  void theFactsTheRuleNeedsAreRequired() {
    assertThatThrownBy(() -> rule(MOTHER, OTHER, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ElectronicBirthRule.whyNotElectronic(null, MOTHER, null, null))
        .isInstanceOf(NullPointerException.class);
  }
}
