package be.loketopmaat.adapters.persistence.renewal;

import be.loketopmaat.adapters.persistence.jdbc.DatabaseProperties;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;

// Not transactional: the specs must see what is committed.
@MicronautTest(transactional = false)
class SummonsStoreOnH2Test extends JdbcSummonsStoreContract implements TestPropertyProvider {
  @Override
  public Map<String, String> getProperties() {
    return DatabaseProperties.h2("persistence_eid_summons");
  }
}
