package be.loketopmaat.adapters.persistence.register;

import be.loketopmaat.application.port.out.RegisterReads;
import be.loketopmaat.domain.citizen.NationalNumber;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The register reads in {@code register_read}; each is committed in a transaction of its own,
 * whatever becomes of the caller's.
 */
@Singleton
public class JdbcRegisterReads implements RegisterReads {
  private final RegisterReadRows rows;

  JdbcRegisterReads(RegisterReadRows rows) {
    this.rows = rows;
  }

  @Override
  @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
  public void record(Read read) {
    rows.save(row(read));
  }

  @Override
  @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
  public void recordAll(List<Read> reads) {
    if (!reads.isEmpty()) {
      rows.saveAll(reads.stream().map(JdbcRegisterReads::row).toList());
    }
  }

  private static RegisterReadRow row(Read read) {
    return new RegisterReadRow(
        null, read.person().digits(), read.purpose(), read.by(), read.at(), read.reference());
  }

  @Override
  @Transactional(readOnly = true)
  public List<Read> of(NationalNumber person, int limit) {
    return rows.of(person.digits(), limit).stream()
        .map(
            row ->
                new Read(
                    new NationalNumber(row.insz()),
                    row.purpose(),
                    row.readBy(),
                    row.readAt(),
                    row.reference()))
        .toList();
  }
}
