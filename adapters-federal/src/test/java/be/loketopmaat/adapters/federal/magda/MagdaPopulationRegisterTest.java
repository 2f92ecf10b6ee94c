package be.loketopmaat.adapters.federal.magda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.federal.contract.PopulationRegisterContract;
import be.loketopmaat.adapters.federal.http.EndpointSettings;
import be.loketopmaat.adapters.federal.simulator.Faults;
import be.loketopmaat.adapters.federal.simulator.MagdaPersonas;
import be.loketopmaat.adapters.federal.simulator.MagdaSimulator;
import be.loketopmaat.application.port.out.federal.PopulationRegister;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.population.AttestLanguage;
import be.loketopmaat.domain.population.AttestModel;
import be.loketopmaat.domain.population.NisCode;
import be.loketopmaat.domain.population.RefusalReason;
import be.loketopmaat.domain.population.RegisterRefusedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The MAGDA adapter against the MAGDA simulator, over real HTTP on the loopback interface. */
class MagdaPopulationRegisterTest extends PopulationRegisterContract {
  private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(800);
  private final Clock clock =
      Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneId.of("Europe/Brussels"));
  private MagdaSimulator simulator;
  private MagdaPopulationRegister register;

  @BeforeEach
  void start() {
    simulator = MagdaSimulator.start(0, clock);
    register =
        new MagdaPopulationRegister(
            EndpointSettings.plain(simulator.baseUri(), Duration.ofMillis(500), REQUEST_TIMEOUT),
            NisCode.ANTWERP,
            clock);
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Override
  protected PopulationRegister register() {
    return register;
  }

  @Override
  protected NisCode municipality() {
    return NisCode.ANTWERP;
  }

  @Override
  protected NationalNumber residentWithHousehold() {
    return MagdaPersonas.ANTWERP_RESIDENT;
  }

  @Override
  protected NationalNumber residentOfAnotherMunicipality() {
    return MagdaPersonas.LEUVEN_RESIDENT;
  }

  @Override
  protected NationalNumber unknownPerson() {
    return MagdaPersonas.UNKNOWN;
  }

  @Override
  protected NationalNumber deceasedPerson() {
    return MagdaPersonas.DECEASED;
  }

  @Override
  protected NationalNumber numberTheRegisterRefuses() {
    return MagdaPersonas.IMPOSSIBLE_BIRTH_DATE;
  }

  @Override
  protected void refuseNextRequest(RefusalReason reason) {
    String code =
        switch (reason) {
          case UNKNOWN_ATTEST_MODEL -> MagdaContract.UNKNOWN_ATTEST;
          case UNKNOWN_LANGUAGE -> MagdaContract.UNKNOWN_LANGUAGE;
          case INVALID_NATIONAL_NUMBER -> MagdaContract.INVALID_INSZ;
          case UNKNOWN_PERSON -> MagdaContract.UNKNOWN_INSZ;
          case PERSON_DECEASED -> MagdaContract.FILE_CLOSED_DECEASED;
          case OTHER -> "40005";
        };
    simulator.refuseNext(code, "refused on request of the test");
  }

  @Override
  protected void takeDown() {
    simulator.goDown();
  }

  @Test
  void everyRequestNamesItsServiceTheCityAndAFreshReference() {
    register.person(MagdaPersonas.ANTWERP_RESIDENT);
    register.person(MagdaPersonas.ANTWERP_RESIDENT);
    register.attest(MagdaPersonas.ANTWERP_RESIDENT, AttestModel.LIFE, AttestLanguage.FR);

    List<MagdaSimulator.ReceivedRequest> received = simulator.received();
    assertThat(received)
        .extracting(
            MagdaSimulator.ReceivedRequest::service, MagdaSimulator.ReceivedRequest::version)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("GeefPersoon", "02.02"),
            org.assertj.core.groups.Tuple.tuple("GeefPersoon", "02.02"),
            org.assertj.core.groups.Tuple.tuple("GeefAttest", "02.00"));
    assertThat(received)
        .extracting(MagdaSimulator.ReceivedRequest::senderIdentification)
        .containsOnly("11002");
    assertThat(received)
        .extracting(MagdaSimulator.ReceivedRequest::senderReference)
        .doesNotHaveDuplicates();
  }

  @Test
  void aSlowRegisterWithinTheTimeoutIsWaitedFor() {
    simulator.faults().slowDown(Duration.ofMillis(300));
    assertThat(register.person(MagdaPersonas.ANTWERP_RESIDENT)).isPresent();
  }

  @Test
  void aRegisterSlowerThanTheTimeoutIsUnavailable() {
    simulator.faults().slowDown(Duration.ofSeconds(3));
    assertUnavailableWithin(Duration.ofMillis(2000), "no answer within 800 ms");
  }

  @Test
  void aHangingRegisterIsUnavailableAfterTheTimeout() {
    simulator.faults().hang();
    assertUnavailableWithin(Duration.ofMillis(2000), "no answer within 800 ms");
  }

  @Test
  void aDroppedConnectionIsUnavailable() {
    simulator.faults().dropConnections();
    assertUnavailableWithin(Duration.ofMillis(2000), "the connection failed");
  }

  @Test
  void aServerErrorIsUnavailable() {
    simulator.faults().answerServerError(503);
    assertUnavailableWithin(Duration.ofMillis(2000), "HTTP 503");
  }

  @Test
  void theSourceBehindMagdaBeingDownIsUnavailableNotARefusal() {
    simulator.refuseNext(MagdaContract.SOURCE_UNAVAILABLE, "Bron is tijdelijk niet beschikbaar");
    assertUnavailableWithin(Duration.ofMillis(2000), "99996");
  }

  @Test
  void afterAnOutageTheRegisterAnswersAgain() {
    simulator.goDown();
    assertUnavailableWithin(Duration.ofMillis(2000), "connection refused");
    simulator.comeBack();
    assertThat(register.person(MagdaPersonas.ANTWERP_RESIDENT)).isPresent();
  }

  @Test
  void faultsForTheNextRequestsOnlyHealOnTheirOwn() {
    simulator.faults().next(2, new Faults.ServerError(500));
    assertThatThrownBy(() -> register.person(MagdaPersonas.ANTWERP_RESIDENT))
        .isInstanceOf(SystemUnavailableException.class);
    assertThatThrownBy(() -> register.person(MagdaPersonas.ANTWERP_RESIDENT))
        .isInstanceOf(SystemUnavailableException.class);
    assertThat(register.person(MagdaPersonas.ANTWERP_RESIDENT)).isPresent();
  }

  @Test
  void anUndocumentedRefusalKeepsTheRegistersCode() {
    simulator.refuseNext("40005", "Access to the data is refused");
    assertThatThrownBy(() -> register.person(MagdaPersonas.ANTWERP_RESIDENT))
        .isInstanceOfSatisfying(
            RegisterRefusedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(RefusalReason.OTHER);
              assertThat(e.registerCode()).isEqualTo("40005");
            });
  }

  @Test
  void aPersonFromTheRegisterInDetail() {
    var person = register.person(MagdaPersonas.ANTWERP_FOREIGN_NATIONAL).orElseThrow();
    assertThat(person.name().full()).isEqualTo("Daan de Vries");
    assertThat(person.nationality().countryCode()).isEqualTo("NL");
    assertThat(person.residence().address().street()).isEqualTo("Kloosterstraat 88 bus 3");
    assertThat(person.residence().since()).hasToString("2020-02-15");
    var jan = register.person(MagdaPersonas.ANTWERP_RESIDENT).orElseThrow();
    assertThat(jan.household()).extracting(m -> m.name().givenNames()).contains("Noah Émile");
  }

  private void assertUnavailableWithin(Duration bound, String detail) {
    long start = System.nanoTime();
    assertThatThrownBy(() -> register.person(MagdaPersonas.ANTWERP_RESIDENT))
        .isInstanceOfSatisfying(
            SystemUnavailableException.class,
            e -> assertThat(e.system()).isEqualTo("MAGDA population register"))
        .hasMessageContaining(detail);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(bound);
  }
}
