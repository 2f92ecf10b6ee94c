package be.loketopmaat.bootstrap;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;

/**
 * The race on the embedded default: H2 in PostgreSQL mode, as the first command of the README runs
 * it.
 */
@MicronautTest(transactional = false)
class BookingRaceOnH2Test extends BookingRaceContract implements TestPropertyProvider {
  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "datasources.default.url",
        "jdbc:h2:mem:booking_race;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "loket.rate-limit.enabled",
        "false");
  }
}
