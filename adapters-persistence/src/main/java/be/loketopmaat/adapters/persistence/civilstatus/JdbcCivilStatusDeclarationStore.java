package be.loketopmaat.adapters.persistence.civilstatus;

import be.loketopmaat.application.port.out.CivilStatusDeclarationStore;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.civilstatus.CounterReason;
import be.loketopmaat.domain.civilstatus.Declaration;
import be.loketopmaat.domain.civilstatus.DeclarationKind;
import be.loketopmaat.domain.civilstatus.DeclarationState;
import be.loketopmaat.domain.civilstatus.ParentRelation;
import be.loketopmaat.domain.civilstatus.Party;
import be.loketopmaat.domain.civilstatus.PartyRole;
import be.loketopmaat.domain.common.Language;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Civil-status declarations in {@code civil_status_declaration}, the post queue's extracts in
 * {@code civil_status_print}; a change joins the caller's transaction. The persons concerned are
 * one line each in {@code parties} (role, national number, name, separated by tabs: a name holds no
 * control characters, so no tab nor line break).
 */
@Singleton
@Transactional
public class JdbcCivilStatusDeclarationStore implements CivilStatusDeclarationStore {
  private static final Pattern LINE = Pattern.compile("\n");
  private static final Pattern TAB = Pattern.compile("\t");

  private final DeclarationRows rows;
  private final DeclarationPrintRows prints;

  JdbcCivilStatusDeclarationStore(DeclarationRows rows, DeclarationPrintRows prints) {
    this.rows = rows;
    this.prints = prints;
  }

  @Override
  public void insert(Declaration declaration) {
    rows.save(
        new DeclarationRow(
            declaration.id(),
            declaration.kind().name(),
            declaration.declarant().digits(),
            declaration.language().name(),
            written(declaration.parties()),
            declaration.relation() == null ? null : declaration.relation().name(),
            declaration.eventDate(),
            declaration.state().name(),
            declaration.submittedAt(),
            declaration.changedAt(),
            declaration.draftId(),
            declaration.actNumber(),
            declaration.signedBy(),
            declaration.mailboxMessageId(),
            declaration.reason() == null ? null : declaration.reason().name(),
            declaration.detail(),
            declaration.handledBy()));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Declaration> find(UUID id) {
    return rows.findById(id).map(JdbcCivilStatusDeclarationStore::toDeclaration);
  }

  @Override
  public boolean update(Declaration declaration, DeclarationState expected) {
    boolean updated =
        rows.updateFrom(
                declaration.id(),
                expected.name(),
                declaration.state().name(),
                declaration.changedAt(),
                declaration.draftId(),
                declaration.actNumber(),
                declaration.signedBy(),
                declaration.mailboxMessageId(),
                declaration.reason() == null ? null : declaration.reason().name(),
                declaration.detail(),
                declaration.handledBy())
            == 1;
    if (updated && declaration.state() != DeclarationState.EXTRACT_POSTED) {
      prints.forget(declaration.id());
    }
    return updated;
  }

  @Override
  public void keepForPrint(UUID id, byte[] pdf) {
    prints.forget(id);
    prints.save(new DeclarationPrintRow(id, pdf.clone()));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<byte[]> printable(UUID id) {
    return prints.findById(id).map(row -> row.pdf().clone());
  }

  @Override
  @Transactional(readOnly = true)
  public List<Declaration> inState(DeclarationState state, int limit) {
    return rows.inState(state.name(), limit).stream()
        .map(JdbcCivilStatusDeclarationStore::toDeclaration)
        .toList();
  }

  @Override
  public int forgetEndedBefore(LocalDateTime before) {
    return Math.toIntExact(rows.forgetEndedBefore(before));
  }

  static String written(List<Party> parties) {
    return parties.stream()
        .map(
            p ->
                p.role().name()
                    + "\t"
                    + (p.insz() == null ? "" : p.insz().digits())
                    + "\t"
                    + p.name())
        .collect(Collectors.joining("\n"));
  }

  static List<Party> parties(String text) {
    return Arrays.stream(LINE.split(text, -1))
        .map(line -> TAB.split(line, 3))
        .map(
            cells ->
                new Party(
                    PartyRole.valueOf(cells[0]),
                    cells[1].isEmpty() ? null : new NationalNumber(cells[1]),
                    cells[2]))
        .toList();
  }

  private static Declaration toDeclaration(DeclarationRow row) {
    return new Declaration(
        row.id(),
        DeclarationKind.valueOf(row.kind()),
        new NationalNumber(row.declarant()),
        Language.valueOf(row.language()),
        parties(row.parties()),
        row.relation() == null ? null : ParentRelation.valueOf(row.relation()),
        row.eventDate(),
        DeclarationState.valueOf(row.state()),
        row.submittedAt(),
        row.changedAt(),
        row.draftId(),
        row.actNumber(),
        row.signedBy(),
        row.mailboxMessageId(),
        row.reason() == null ? null : CounterReason.valueOf(row.reason()),
        row.detail(),
        row.handledBy());
  }
}
