package be.loketopmaat.adapters.persistence.document;

import be.loketopmaat.application.port.out.DocumentOrderStore;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.document.DocumentOrder;
import be.loketopmaat.domain.document.DocumentState;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Document orders in {@code document_order}; a change joins the caller's transaction. */
@Singleton
@Transactional
public class JdbcDocumentOrderStore implements DocumentOrderStore {
  private final DocumentOrderRows rows;

  JdbcDocumentOrderStore(DocumentOrderRows rows) {
    this.rows = rows;
  }

  @Override
  public void insert(DocumentOrder order) {
    Citizen citizen = order.citizen();
    rows.save(
        new DocumentOrderRow(
            order.id(),
            order.kind().name(),
            order.product().value(),
            citizen.insz().digits(),
            citizen.name(),
            citizen.email(),
            citizen.phone(),
            citizen.language().name(),
            order.appliedAt().value(),
            order.pickupAt().value(),
            order.urgent(),
            order.state().name(),
            order.productionNumber(),
            order.recordedBy(),
            order.recordedAt(),
            order.arrivedAt(),
            order.endedAt(),
            order.endReason()));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<DocumentOrder> find(UUID id) {
    return rows.findById(id).map(JdbcDocumentOrderStore::toOrder);
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<DocumentOrder> findForUpdate(UUID id) {
    return rows.findByIdForUpdate(id).map(JdbcDocumentOrderStore::toOrder);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<DocumentOrder> findByNumber(DocumentKind kind, String number) {
    return rows.findByNumber(kind.name(), number).map(JdbcDocumentOrderStore::toOrder);
  }

  @Override
  public boolean update(DocumentOrder order, DocumentState expected) {
    return rows.updateFrom(
            order.id(),
            expected.name(),
            order.state().name(),
            order.productionNumber(),
            order.arrivedAt(),
            order.endedAt(),
            order.endReason())
        == 1;
  }

  @Override
  @Transactional(readOnly = true)
  public List<DocumentOrder> at(LocationCode location, DocumentState state, int limit) {
    return rows.at(location.value(), state.name(), limit).stream()
        .map(JdbcDocumentOrderStore::toOrder)
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<DocumentOrder> openOf(NationalNumber insz) {
    return rows.openOf(insz.digits()).stream().map(JdbcDocumentOrderStore::toOrder).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<DocumentOrder> arrivedBefore(java.time.LocalDateTime arrivedBefore, int limit) {
    return rows.arrivedBefore(arrivedBefore, limit).stream()
        .map(JdbcDocumentOrderStore::toOrder)
        .toList();
  }

  private static DocumentOrder toOrder(DocumentOrderRow row) {
    return new DocumentOrder(
        row.id(),
        DocumentKind.valueOf(row.kind()),
        new ProductCode(row.productCode()),
        new Citizen(
            new NationalNumber(row.citizenInsz()),
            row.citizenName(),
            row.citizenEmail(),
            row.citizenPhone(),
            Language.valueOf(row.citizenLanguage())),
        new LocationCode(row.appliedAt()),
        new LocationCode(row.pickupAt()),
        row.urgent(),
        DocumentState.valueOf(row.state()),
        row.productionNumber(),
        row.recordedBy(),
        row.recordedAt(),
        row.arrivedAt(),
        row.endedAt(),
        row.endReason());
  }
}
