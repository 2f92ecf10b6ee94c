package be.loketopmaat.adapters.persistence.attest;

import be.loketopmaat.application.port.out.AttestRequestStore;
import be.loketopmaat.domain.attest.AttestChannel;
import be.loketopmaat.domain.attest.AttestRequest;
import be.loketopmaat.domain.attest.AttestRequestState;
import be.loketopmaat.domain.attest.ReferralReason;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.population.AttestLanguage;
import be.loketopmaat.domain.population.AttestModel;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Attest requests in {@code attest_request}, the post queue's PDFs in {@code attest_print}; a
 * change joins the caller's transaction. A request that leaves the post queue loses its PDF in the
 * same statement's transaction.
 */
@Singleton
@Transactional
public class JdbcAttestRequestStore implements AttestRequestStore {
  private final AttestRequestRows rows;
  private final AttestPrintRows prints;

  JdbcAttestRequestStore(AttestRequestRows rows, AttestPrintRows prints) {
    this.rows = rows;
    this.prints = prints;
  }

  @Override
  public void insert(AttestRequest request) {
    rows.save(
        new AttestRequestRow(
            request.id(),
            request.insz().digits(),
            request.model().name(),
            request.language().name(),
            request.channel().name(),
            request.state().name(),
            request.receivedAt(),
            request.changedAt(),
            request.mailboxMessageId(),
            request.reason() == null ? null : request.reason().name(),
            request.detail(),
            request.handledBy(),
            request.note()));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<AttestRequest> find(UUID id) {
    return rows.findById(id).map(JdbcAttestRequestStore::toRequest);
  }

  @Override
  public boolean update(AttestRequest request, AttestRequestState expected) {
    boolean updated =
        rows.updateFrom(
                request.id(),
                expected.name(),
                request.state().name(),
                request.changedAt(),
                request.mailboxMessageId(),
                request.reason() == null ? null : request.reason().name(),
                request.detail(),
                request.handledBy(),
                request.note())
            == 1;
    if (updated && request.state() != AttestRequestState.POSTED) {
      prints.forget(request.id());
    }
    return updated;
  }

  @Override
  public void keepForPrint(UUID id, byte[] pdf) {
    prints.forget(id);
    prints.save(new AttestPrintRow(id, pdf.clone()));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<byte[]> printable(UUID id) {
    return prints.findById(id).map(row -> row.pdf().clone());
  }

  @Override
  @Transactional(readOnly = true)
  public List<AttestRequest> inState(AttestRequestState state, int limit) {
    return rows.inState(state.name(), limit).stream()
        .map(JdbcAttestRequestStore::toRequest)
        .toList();
  }

  @Override
  public int forgetEndedBefore(LocalDateTime before) {
    return Math.toIntExact(rows.forgetEndedBefore(before));
  }

  private static AttestRequest toRequest(AttestRequestRow row) {
    return new AttestRequest(
        row.id(),
        new NationalNumber(row.insz()),
        AttestModel.valueOf(row.model()),
        AttestLanguage.valueOf(row.language()),
        AttestChannel.valueOf(row.channel()),
        AttestRequestState.valueOf(row.state()),
        row.receivedAt(),
        row.changedAt(),
        row.mailboxMessageId(),
        row.reason() == null ? null : ReferralReason.valueOf(row.reason()),
        row.detail(),
        row.handledBy(),
        row.note());
  }
}
