package be.loketopmaat.adapters.federal.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.port.out.federal.PopulationRegister;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.calendar.CityTime;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.population.Attest;
import be.loketopmaat.domain.population.AttestLanguage;
import be.loketopmaat.domain.population.AttestModel;
import be.loketopmaat.domain.population.HouseholdMember;
import be.loketopmaat.domain.population.HouseholdRole;
import be.loketopmaat.domain.population.NisCode;
import be.loketopmaat.domain.population.Person;
import be.loketopmaat.domain.population.RefusalReason;
import be.loketopmaat.domain.population.RegisterRefusedException;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PopulationRegister} must do, whatever system is behind it. An implementation's
 * test extends this and provides the register, the test people, and ways to provoke what a register
 * does on its own (refuse, be down).
 */
public abstract class PopulationRegisterContract {

  protected abstract PopulationRegister register();

  /** The municipality the register is asked for. */
  protected abstract NisCode municipality();

  protected abstract NationalNumber residentWithHousehold();

  protected abstract NationalNumber residentOfAnotherMunicipality();

  protected abstract NationalNumber unknownPerson();

  protected abstract NationalNumber deceasedPerson();

  /** A number that passes the domain's check but that the register holds for invalid. */
  protected abstract NationalNumber numberTheRegisterRefuses();

  /** The register refuses the next request for this reason. */
  protected abstract void refuseNextRequest(RefusalReason reason);

  /** The register can no longer be reached (until the test ends). */
  protected abstract void takeDown();

  /** The longest a call may take when the register is down. */
  protected Duration longestWaitWhenDown() {
    return Duration.ofSeconds(5);
  }

  @Test
  void aResidentWithTheirHousehold() {
    Person person = register().person(residentWithHousehold()).orElseThrow();

    assertThat(person.insz()).isEqualTo(residentWithHousehold());
    assertThat(person.isRegisteredIn(municipality())).isTrue();
    assertThat(person.isDeceased()).isFalse();
    assertThat(person.household()).hasSizeGreaterThan(1);
    assertThat(person.household()).extracting(HouseholdMember::insz).contains(person.insz());
    assertThat(person.household())
        .filteredOn(m -> m.role() == HouseholdRole.REFERENCE_PERSON)
        .hasSize(1);
    assertThat(person.residence().address().street()).isNotBlank();
  }

  @Test
  void aPersonRegisteredInAnotherMunicipality() {
    Person person = register().person(residentOfAnotherMunicipality()).orElseThrow();

    assertThat(person.isRegisteredIn(municipality())).isFalse();
  }

  @Test
  void anUnknownNumberIsNobody() {
    assertThat(register().person(unknownPerson())).isEmpty();
  }

  @Test
  void aDeceasedPerson() {
    Person person = register().person(deceasedPerson()).orElseThrow();

    assertThat(person.isDeceased()).isTrue();
    assertThat(person.deathDate()).isBefore(LocalDate.now(CityTime.ZONE).plusDays(1));
  }

  @Test
  void aNumberTheRegisterHoldsInvalidIsRefused() {
    assertRefused(
        () -> register().person(numberTheRegisterRefuses()), RefusalReason.INVALID_NATIONAL_NUMBER);
    assertRefused(
        () -> register().attest(numberTheRegisterRefuses(), AttestModel.LIFE, AttestLanguage.NL),
        RefusalReason.INVALID_NATIONAL_NUMBER);
  }

  @Test
  void everyModelInEveryLanguageIsARealPdfAboutThePerson() throws IOException {
    Person person = register().person(residentWithHousehold()).orElseThrow();
    for (AttestModel model : AttestModel.values()) {
      for (AttestLanguage language : AttestLanguage.values()) {
        Attest attest = register().attest(person.insz(), model, language);

        assertThat(attest.model()).isEqualTo(model);
        assertThat(attest.language()).isEqualTo(language);
        assertThat(attest.issuedBy()).isEqualTo(municipality());
        try (PDDocument pdf = Loader.loadPDF(attest.pdf())) {
          assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(1);
          String text = new PDFTextStripper().getText(pdf);
          assertThat(text).contains(person.name().familyName()).contains(person.insz().formatted());
          if (language == AttestLanguage.NL) {
            assertThat(text).contains(model.title().nl());
          }
        }
      }
    }
  }

  @Test
  void theHouseholdCompositionListsTheHousehold() throws IOException {
    Person person = register().person(residentWithHousehold()).orElseThrow();
    Attest attest =
        register().attest(person.insz(), AttestModel.HOUSEHOLD_COMPOSITION, AttestLanguage.FR);
    try (PDDocument pdf = Loader.loadPDF(attest.pdf())) {
      String text = new PDFTextStripper().getText(pdf);
      for (HouseholdMember member : person.household()) {
        assertThat(text).contains(member.insz().formatted());
      }
    }
  }

  @Test
  void noLifeAttestForADeceasedPerson() {
    assertRefused(
        () -> register().attest(deceasedPerson(), AttestModel.LIFE, AttestLanguage.NL),
        RefusalReason.PERSON_DECEASED);
  }

  @Test
  void noAttestForAnUnknownPerson() {
    assertRefused(
        () -> register().attest(unknownPerson(), AttestModel.MAIN_RESIDENCE, AttestLanguage.NL),
        RefusalReason.UNKNOWN_PERSON);
  }

  @Test
  void anUnknownAttestModelIsRefused() {
    refuseNextRequest(RefusalReason.UNKNOWN_ATTEST_MODEL);
    assertRefused(
        () ->
            register().attest(residentWithHousehold(), AttestModel.NATIONALITY, AttestLanguage.DE),
        RefusalReason.UNKNOWN_ATTEST_MODEL);
  }

  @Test
  void anUnknownLanguageIsRefused() {
    refuseNextRequest(RefusalReason.UNKNOWN_LANGUAGE);
    assertRefused(
        () ->
            register().attest(residentWithHousehold(), AttestModel.NATIONALITY, AttestLanguage.DE),
        RefusalReason.UNKNOWN_LANGUAGE);
  }

  @Test
  void aRefusalIsForOneRequestOnly() {
    refuseNextRequest(RefusalReason.UNKNOWN_LANGUAGE);
    assertThatThrownBy(
        () -> register().attest(residentWithHousehold(), AttestModel.LIFE, AttestLanguage.NL));
    assertThat(register().attest(residentWithHousehold(), AttestModel.LIFE, AttestLanguage.NL))
        .isNotNull();
  }

  @Test
  void whenTheRegisterIsDownItSaysSoQuickly() {
    takeDown();
    long start = System.nanoTime();

    assertThatThrownBy(() -> register().person(residentWithHousehold()))
        .isInstanceOfSatisfying(
            SystemUnavailableException.class, e -> assertThat(e.system()).isNotBlank())
        .hasMessageContaining(" is unavailable");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(longestWaitWhenDown());
  }

  private static void assertRefused(Runnable call, RefusalReason reason) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            RegisterRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
