package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.federal.PopulationRegister;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.population.Attest;
import be.loketopmaat.domain.population.AttestLanguage;
import be.loketopmaat.domain.population.AttestModel;
import be.loketopmaat.domain.population.Person;
import be.loketopmaat.domain.population.RefusalReason;
import be.loketopmaat.domain.population.RegisterRefusedException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The population register in memory: its people, refusals by person, down after N reads. */
final class FakePopulationRegister implements PopulationRegister {
  final Map<NationalNumber, Person> people = new ConcurrentHashMap<>();
  final Map<NationalNumber, RefusalReason> refusals = new ConcurrentHashMap<>();
  final AtomicInteger reads = new AtomicInteger();
  volatile int downAfter = Integer.MAX_VALUE;

  @Override
  public Optional<Person> person(NationalNumber insz) {
    if (reads.incrementAndGet() > downAfter) {
      throw new SystemUnavailableException("test register", "down");
    }
    RefusalReason refusal = refusals.get(insz);
    if (refusal != null) {
      throw new RegisterRefusedException(refusal, "99999", "refused");
    }
    return Optional.ofNullable(people.get(insz));
  }

  @Override
  public Attest attest(NationalNumber insz, AttestModel model, AttestLanguage language) {
    throw new UnsupportedOperationException(
        "the renewal run reads persons only: a call here is a defect the test must show");
  }
}
