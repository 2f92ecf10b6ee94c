package be.loketopmaat.application.port.out.federal;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.population.Attest;
import be.loketopmaat.domain.population.AttestLanguage;
import be.loketopmaat.domain.population.AttestModel;
import be.loketopmaat.domain.population.Person;
import be.loketopmaat.domain.population.RegisterRefusedException;
import java.util.Optional;

/**
 * The population register (the National Register, reached through the Flemish service integrator
 * MAGDA): what it knows of a person, and the attests the municipality issues from it.
 *
 * <p>Both calls read personal data: callers record who asked, when and why before they call.
 *
 * @throws RegisterRefusedException when the register answers with a refusal (never retried)
 * @throws SystemUnavailableException when the register cannot be reached or fails (retry later)
 */
public interface PopulationRegister {

  /** The person with this number; empty when the register knows no such person. */
  Optional<Person> person(NationalNumber insz);

  /** An attest of the given model for the person, in the given language, made by the register. */
  Attest attest(NationalNumber insz, AttestModel model, AttestLanguage language);
}
