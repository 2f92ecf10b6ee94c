package be.loketopmaat.adapters.persistence.homevisit;

import be.loketopmaat.adapters.persistence.jdbc.DatabaseProperties;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;

// Not transactional: the specs must see what is committed.
@MicronautTest(transactional = false)
class HomeVisitStoreOnPostgresTest extends JdbcHomeVisitStoreContract
    implements TestPropertyProvider {
  @Override
  public Map<String, String> getProperties() {
    return DatabaseProperties.postgres("persistence_it_home_visits");
  }
}
