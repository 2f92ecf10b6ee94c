package be.loketopmaat.adapters.persistence.register;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.persistence.jdbc.DatabaseProperties;
import be.loketopmaat.adapters.persistence.jdbc.Tables;
import be.loketopmaat.application.port.out.RegisterReads;
import be.loketopmaat.application.port.out.RegisterReads.Read;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.citizen.NationalNumber;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The record of register reads on PostgreSQL: kept as written, newest first, and kept when the work
 * the read was for fails (the read happened).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterReadsOnPostgresTest implements TestPropertyProvider {
  static final NationalNumber AN = new NationalNumber("85073100328");
  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 0);

  @Inject RegisterReads reads;
  @Inject Transactions transactions;
  @Inject TransactionOperations<Connection> operations;

  @Override
  public Map<String, String> getProperties() {
    return DatabaseProperties.postgres("persistence_it_register_reads");
  }

  @BeforeEach
  void empty() {
    Tables.empty(operations, "register_read");
  }

  @Test
  void readsComeBackNewestFirstForTheirPersonOnly() {
    reads.record(new Read(AN, "attest delivery", "e-counter", NOW, "request-1"));
    reads.record(new Read(AN, "parking permit renewal", "renewal run", NOW.plusDays(1), null));
    reads.record(
        new Read(new NationalNumber("87041200535"), "attest delivery", "e-counter", NOW, null));

    assertThat(reads.of(AN, 10))
        .containsExactly(
            new Read(AN, "parking permit renewal", "renewal run", NOW.plusDays(1), null),
            new Read(AN, "attest delivery", "e-counter", NOW, "request-1"));
    assertThat(reads.of(AN, 1)).hasSize(1);
  }

  @Test
  void aReadRecordedInWorkThatFailsIsKept() {
    try {
      transactions.inTransaction(
          () -> {
            reads.record(new Read(AN, "attest delivery", "e-counter", NOW, null));
            throw new IllegalStateException("the work failed");
          });
    } catch (IllegalStateException expected) {
      // the work is rolled back; the read happened, and its record stays
    }
    assertThat(reads.of(AN, 10)).hasSize(1);
  }
}
