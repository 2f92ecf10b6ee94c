package be.loketopmaat.adapters.persistence.parking;

import be.loketopmaat.adapters.persistence.jdbc.DatabaseProperties;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;

// Not transactional: the specs must see what is committed, and one runs work on several threads.
@MicronautTest(transactional = false)
class ParkingPermitStoreOnH2Test extends JdbcParkingPermitStoreContract
    implements TestPropertyProvider {
  @Override
  public Map<String, String> getProperties() {
    return DatabaseProperties.h2("persistence_parking_permits");
  }
}
