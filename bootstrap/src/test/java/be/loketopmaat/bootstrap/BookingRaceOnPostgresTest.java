package be.loketopmaat.bootstrap;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;

/** The race on PostgreSQL, as production runs it. */
@MicronautTest(transactional = false)
class BookingRaceOnPostgresTest extends BookingRaceContract implements TestPropertyProvider {
  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(TestDatabase.postgres("race_booking"));
    properties.put("loket.rate-limit.enabled", "false");
    return properties;
  }
}
