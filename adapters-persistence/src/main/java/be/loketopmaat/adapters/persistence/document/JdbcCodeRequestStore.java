package be.loketopmaat.adapters.persistence.document;

import be.loketopmaat.application.port.out.CodeRequestStore;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.document.CodeRequest;
import be.loketopmaat.domain.document.CodeRequestState;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Requests for new PIN/PUK codes in {@code code_request}; a change joins the caller's transaction.
 * A citizen's one open request is kept by the unique {@code open_insz}, set while it is open.
 */
@Singleton
@Transactional
public class JdbcCodeRequestStore implements CodeRequestStore {
  private final CodeRequestRows rows;

  JdbcCodeRequestStore(CodeRequestRows rows) {
    this.rows = rows;
  }

  @Override
  public boolean insertIfNoneOpen(CodeRequest request) {
    Citizen citizen = request.citizen();
    return rows.insertIfNoneOpen(
            request.id(),
            citizen.insz().digits(),
            citizen.name(),
            citizen.email(),
            citizen.phone(),
            citizen.language().name(),
            request.pickupAt().value(),
            request.state().name(),
            request.productionNumber(),
            request.requestedBy(),
            request.requestedAt(),
            request.arrivedAt(),
            request.endedAt(),
            request.endReason(),
            openInsz(request))
        == 1;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CodeRequest> find(UUID id) {
    return rows.findById(id).map(JdbcCodeRequestStore::toRequest);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CodeRequest> openFor(NationalNumber insz) {
    return rows.findByOpenInsz(insz.digits()).map(JdbcCodeRequestStore::toRequest);
  }

  @Override
  public boolean update(CodeRequest request, CodeRequestState expected) {
    return rows.updateFrom(
            request.id(),
            expected.name(),
            request.state().name(),
            request.productionNumber(),
            request.arrivedAt(),
            request.endedAt(),
            request.endReason(),
            openInsz(request))
        == 1;
  }

  @Override
  @Transactional(readOnly = true)
  public List<CodeRequest> at(LocationCode location, CodeRequestState state, int limit) {
    return rows.at(location.value(), state.name(), limit).stream()
        .map(JdbcCodeRequestStore::toRequest)
        .toList();
  }

  private static String openInsz(CodeRequest request) {
    return request.isOpen() ? request.citizen().insz().digits() : null;
  }

  private static CodeRequest toRequest(CodeRequestRow row) {
    return new CodeRequest(
        row.id(),
        new Citizen(
            new NationalNumber(row.citizenInsz()),
            row.citizenName(),
            row.citizenEmail(),
            row.citizenPhone(),
            Language.valueOf(row.citizenLanguage())),
        new LocationCode(row.pickupAt()),
        CodeRequestState.valueOf(row.state()),
        row.productionNumber(),
        row.requestedBy(),
        row.requestedAt(),
        row.arrivedAt(),
        row.endedAt(),
        row.endReason());
  }
}
