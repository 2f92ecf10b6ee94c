package be.loketopmaat.adapters.federal.magda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.federal.http.EndpointSettings;
import be.loketopmaat.adapters.federal.simulator.MagdaPersonas;
import be.loketopmaat.adapters.federal.simulator.MagdaSimulator;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.population.NisCode;
import be.loketopmaat.domain.population.PersonName;
import be.loketopmaat.domain.renewal.ExpiringCard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The register's list of the residents' cards that run out ({@code GeefVervallendeKaarten}) through
 * the MAGDA adapter, against the simulator over real HTTP.
 */
class MagdaExpiringCardsTest {
  static final LocalDate FROM = LocalDate.of(2027, 3, 1);
  static final LocalDate TO = FROM.plusDays(90);
  private final Clock clock =
      Clock.fixed(Instant.parse("2027-03-01T01:45:00Z"), ZoneId.of("Europe/Brussels"));
  private MagdaSimulator simulator;
  private MagdaPopulationRegister register;

  @BeforeEach
  void start() {
    simulator = MagdaSimulator.start(0, clock);
    register =
        new MagdaPopulationRegister(
            EndpointSettings.plain(
                simulator.baseUri(), Duration.ofMillis(500), Duration.ofSeconds(2)),
            NisCode.ANTWERP,
            clock);
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  static NationalNumber insz(int i) {
    long first9 = (800_101_000L + i) * 1L;
    return NationalNumber.of(String.format("%09d%02d", first9, 97 - first9 % 97));
  }

  static ExpiringCard card(int i, LocalDate until, Language language, String email, String phone) {
    return new ExpiringCard(
        insz(i),
        "59200000000" + i,
        until,
        new PersonName("Holder", "Nummer " + i),
        new Address("Lange Nieuwstraat " + i, "2000", "Antwerpen"),
        language,
        email,
        phone);
  }

  @Test
  void theCardsOfTheCitysResidentsInThePeriodComePagedByNationalNumber() {
    List<ExpiringCard> added = new ArrayList<>();
    Language[] languages = {Language.NL, Language.FR, Language.EN};
    for (int i = 5; i >= 1; i--) {
      ExpiringCard card =
          card(i, FROM.plusDays(i * 10L), languages[i % 3], "h" + i + "@example.be", null);
      simulator.addCard(card, NisCode.ANTWERP);
      added.add(0, card);
    }
    simulator.addCard(card(6, FROM.plusDays(91), Language.NL, null, null), NisCode.ANTWERP);
    simulator.addCard(card(7, FROM.minusDays(1), Language.NL, null, null), NisCode.ANTWERP);
    simulator.addCard(card(8, FROM.plusDays(5), Language.NL, null, "+32470123456"), NisCode.LEUVEN);

    List<ExpiringCard> first = register.expiring(FROM, TO, null, 2);
    List<ExpiringCard> second = register.expiring(FROM, TO, first.get(1).insz(), 2);
    List<ExpiringCard> third = register.expiring(FROM, TO, second.get(1).insz(), 2);
    assertThat(first).containsExactly(added.get(0), added.get(1));
    assertThat(second).containsExactly(added.get(2), added.get(3));
    assertThat(third).containsExactly(added.get(4));
    assertThat(register.expiring(FROM, TO, third.get(0).insz(), 2)).isEmpty();

    assertThat(simulator.received())
        .extracting(
            MagdaSimulator.ReceivedRequest::service,
            MagdaSimulator.ReceivedRequest::senderIdentification)
        .containsOnly(org.assertj.core.groups.Tuple.tuple("GeefVervallendeKaarten", "11002"));
  }

  @Test
  void aPersonasCardComesWithTheContactTheHolderGaveOrWithout() {
    List<ExpiringCard> cards =
        register.expiring(LocalDate.of(2030, 1, 1), LocalDate.of(2031, 12, 31), null, 10);
    assertThat(cards)
        .extracting(ExpiringCard::insz)
        .containsExactly(MagdaPersonas.ANTWERP_FOREIGN_NATIONAL, MagdaPersonas.ANTWERP_RESIDENT);
    assertThat(cards.get(0).reachable()).isFalse();
    assertThat(cards.get(1).email()).isEqualTo("jan.peeters@example.be");
    assertThat(cards.get(1).validUntil()).isEqualTo(LocalDate.of(2031, 6, 30));
  }

  @Test
  void theRegisterOrItsSourceBeingDownIsUnavailable() {
    simulator.refuseNext(MagdaContract.SOURCE_UNAVAILABLE, "Bron is tijdelijk niet beschikbaar");
    assertThatThrownBy(() -> register.expiring(FROM, TO, null, 10))
        .isInstanceOf(SystemUnavailableException.class)
        .hasMessageContaining("99996");
    simulator.refuseNext("40005", "Access to the list is refused");
    assertThatThrownBy(() -> register.expiring(FROM, TO, null, 10))
        .isInstanceOf(SystemUnavailableException.class)
        .hasMessageContaining("40005");
    simulator.goDown();
    assertThatThrownBy(() -> register.expiring(FROM, TO, null, 10))
        .isInstanceOf(SystemUnavailableException.class);
    simulator.comeBack();
    assertThat(register.expiring(FROM, TO, null, 10)).isEmpty();
  }
}
