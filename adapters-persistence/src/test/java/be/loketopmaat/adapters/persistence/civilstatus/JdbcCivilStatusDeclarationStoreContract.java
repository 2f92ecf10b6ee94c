package be.loketopmaat.adapters.persistence.civilstatus;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.persistence.jdbc.Tables;
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
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Civil-status declarations and the post queue's extracts as the JDBC adapter stores them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcCivilStatusDeclarationStoreContract {
  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 10, 0);
  static final NationalNumber SARA = NationalNumber.of("90011512363");
  static final NationalNumber TOM = NationalNumber.of("88061212349");
  static final byte[] PDF = "%PDF-1.7 extract".getBytes(StandardCharsets.US_ASCII);

  @Inject CivilStatusDeclarationStore declarations;
  @Inject TransactionOperations<Connection> operations;

  @BeforeEach
  void empty() {
    Tables.empty(operations, "civil_status_print", "civil_status_declaration");
  }

  static Declaration birth(NationalNumber declarant, ParentRelation relation, LocalDateTime at) {
    return Declaration.submit(
        new Declaration.Facts(
            DeclarationKind.BIRTH,
            declarant,
            Language.FR,
            List.of(
                new Party(PartyRole.MOTHER, SARA, "Sara Janssens-Öztürk"),
                new Party(PartyRole.OTHER_PARENT, TOM, "Tom Janssens"),
                new Party(PartyRole.CHILD, null, "Lotte Marie Janssens")),
            relation,
            LocalDate.of(2026, 12, 1)),
        at);
  }

  @Test
  void aDeclarationComesBackAsItWasStoredAndThroughEachStep() {
    Declaration submitted = birth(TOM, ParentRelation.MARRIED_TO_MOTHER, NOW);
    declarations.insert(submitted);
    assertThat(declarations.find(submitted.id())).contains(submitted);
    assertThat(declarations.find(UUID.randomUUID())).isEmpty();

    Declaration drafted = submitted.drafted("DRAFT-1", NOW.plusMinutes(1));
    assertThat(declarations.update(drafted, DeclarationState.SUBMITTED)).isTrue();
    Declaration signed =
        drafted.signing("officer-1", NOW.plusHours(1)).signed("ACT-1", NOW.plusHours(1));
    assertThat(declarations.update(signed, DeclarationState.DRAFTED)).isTrue();
    Declaration delivered = signed.extractDelivered("MSG-1", NOW.plusHours(2));
    assertThat(declarations.update(delivered, DeclarationState.SIGNED)).isTrue();
    assertThat(declarations.find(submitted.id())).contains(delivered);

    Declaration referred = birth(TOM, ParentRelation.NONE, NOW);
    declarations.insert(referred);
    assertThat(declarations.find(referred.id()))
        .hasValueSatisfying(
            d -> {
              assertThat(d.reason()).isEqualTo(CounterReason.OTHER_PARENT_NOT_PRESUMED);
              assertThat(d.parties()).isEqualTo(referred.parties());
            });
  }

  @Test
  void aChangeIsStoredOnlyOverTheStateItWasReadIn() {
    Declaration submitted = birth(SARA, ParentRelation.PRENATAL_RECOGNITION, NOW);
    declarations.insert(submitted);
    Declaration drafted = submitted.drafted("DRAFT-2", NOW);

    assertThat(declarations.update(drafted, DeclarationState.SIGNING)).isFalse();
    assertThat(declarations.update(drafted, DeclarationState.SUBMITTED)).isTrue();
    assertThat(declarations.update(drafted, DeclarationState.SUBMITTED)).isFalse();
    assertThat(declarations.find(submitted.id())).contains(drafted);
  }

  @Test
  void theExtractIsKeptWhilePostedAndDeletedOncePrinted() {
    Declaration submitted = birth(SARA, ParentRelation.MARRIED_TO_MOTHER, NOW);
    declarations.insert(submitted);
    Declaration posted =
        submitted
            .drafted("DRAFT-3", NOW)
            .signing("officer-1", NOW)
            .signed("ACT-3", NOW)
            .extractPosted(NOW.plusMinutes(5));
    operations.executeWrite(
        status -> {
          declarations.update(posted, DeclarationState.SUBMITTED);
          declarations.keepForPrint(submitted.id(), PDF);
          return null;
        });
    assertThat(declarations.printable(submitted.id()))
        .hasValueSatisfying(p -> assertThat(p).isEqualTo(PDF));
    assertThat(declarations.inState(DeclarationState.EXTRACT_POSTED, 10)).containsExactly(posted);

    declarations.update(
        posted.printed("clerk-1", NOW.plusDays(1)), DeclarationState.EXTRACT_POSTED);

    assertThat(declarations.printable(submitted.id())).isEmpty();
    assertThat(declarations.inState(DeclarationState.EXTRACT_POSTED, 10)).isEmpty();
  }

  @Test
  void theListsAreOldestFirstAndOnlyEndedRoadsPastTheCutOffAreForgotten() {
    Declaration later = birth(SARA, ParentRelation.MARRIED_TO_MOTHER, NOW.plusHours(2));
    Declaration earlier = birth(SARA, ParentRelation.MARRIED_TO_MOTHER, NOW.plusHours(1));
    Declaration oldReferral = birth(SARA, ParentRelation.NONE, NOW);
    Declaration recentReferral = birth(SARA, ParentRelation.NONE, NOW.plusDays(10));
    for (Declaration d : List.of(later, earlier, oldReferral, recentReferral)) {
      declarations.insert(d);
    }
    assertThat(declarations.inState(DeclarationState.SUBMITTED, 10))
        .containsExactly(earlier, later);
    assertThat(declarations.inState(DeclarationState.SUBMITTED, 1)).containsExactly(earlier);

    assertThat(declarations.forgetEndedBefore(NOW.plusDays(5))).isEqualTo(1);
    assertThat(declarations.find(oldReferral.id())).isEmpty();
    assertThat(declarations.find(recentReferral.id())).isPresent();
    assertThat(declarations.find(earlier.id())).isPresent();
  }
}
