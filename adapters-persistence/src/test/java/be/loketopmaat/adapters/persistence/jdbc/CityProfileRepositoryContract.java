package be.loketopmaat.adapters.persistence.jdbc;

import static be.loketopmaat.adapters.persistence.jdbc.Fixtures.city;
import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.application.port.out.CityProfileRepository;
import be.loketopmaat.domain.city.CityProfile;
import be.loketopmaat.domain.city.ContactCentre;
import be.loketopmaat.domain.location.WeeklySchedule;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link CityProfileRepository} must do; run against each database by a subclass. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CityProfileRepositoryContract {
  @Inject CityProfileRepository cities;
  @Inject TransactionOperations<Connection> transactions;

  @BeforeEach
  void startEmpty() {
    Tables.clear(transactions);
  }

  @Test
  void holdsNoProfileBeforeTheFirstSave() {
    assertThat(cities.find()).isEmpty();
  }

  @Test
  void givesBackTheSavedProfileWhole() {
    CityProfile profile = city("antwerp");

    cities.save(profile);

    assertThat(cities.find()).contains(profile);
  }

  @Test
  void keepsAProfileWithoutAppHolidaysOrThemes() {
    CityProfile full = city("leuven");
    CityProfile bare =
        new CityProfile(
            full.code(),
            full.name(),
            new ContactCentre("016 27 20 00", WeeklySchedule.closed()),
            full.eCounterUrl(),
            null,
            full.districts(),
            Map.of(),
            List.of());

    cities.save(bare);

    assertThat(cities.find()).contains(bare);
  }

  @Test
  void aNewSaveReplacesTheProfileInTheOneRow() {
    cities.save(city("antwerp"));

    cities.save(city("leuven"));

    assertThat(cities.find()).contains(city("leuven"));
    assertThat(Tables.rows(transactions, "city_profile")).isEqualTo(1);
  }
}
