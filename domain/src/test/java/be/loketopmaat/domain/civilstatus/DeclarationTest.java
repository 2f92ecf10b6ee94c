package be.loketopmaat.domain.civilstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.mailbox.MailboxMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclarationTest {
  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 10, 0);
  static final NationalNumber SARA = NationalNumber.of("90011512363");
  static final NationalNumber TOM = NationalNumber.of("88061212349");
  static final NationalNumber NORA = NationalNumber.of("95092112344");

  static Declaration.Facts birth(NationalNumber declarant, ParentRelation relation) {
    return new Declaration.Facts(
        DeclarationKind.BIRTH,
        declarant,
        Language.NL,
        List.of(
            new Party(PartyRole.MOTHER, SARA, "Sara Janssens"),
            new Party(PartyRole.OTHER_PARENT, TOM, "Tom Janssens"),
            new Party(PartyRole.CHILD, null, "Lotte Janssens")),
        relation,
        NOW.toLocalDate().minusDays(2));
  }

  static Declaration drafted() {
    return Declaration.submit(birth(TOM, ParentRelation.MARRIED_TO_MOTHER), NOW)
        .drafted("DRAFT-1", NOW.plusMinutes(1));
  }

  @Test
  void aBirthTheLawAllowsIsSubmittedAndOneItDoesNotIsReferredWithTheReason() {
    Declaration allowed = Declaration.submit(birth(TOM, ParentRelation.MARRIED_TO_MOTHER), NOW);
    assertThat(allowed.state()).isEqualTo(DeclarationState.SUBMITTED);
    assertThat(allowed.reason()).isNull();
    assertThat(allowed.relation()).isEqualTo(ParentRelation.MARRIED_TO_MOTHER);

    Declaration referred = Declaration.submit(birth(TOM, ParentRelation.NONE), NOW);
    assertThat(referred.state()).isEqualTo(DeclarationState.REFERRED);
    assertThat(referred.reason()).isEqualTo(CounterReason.OTHER_PARENT_NOT_PRESUMED);
    assertThat(referred.state().isEnded()).isTrue();
    assertThatThrownBy(() -> referred.drafted("DRAFT-1", NOW))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).reason())
        .isEqualTo("declaration-ended");
  }

  @Test
  void theRoadFromDraftToExtractAppliesEachStepOnce() {
    Declaration drafted = drafted();
    assertThat(drafted.drafted("DRAFT-1", NOW.plusHours(1))).isSameAs(drafted);

    Declaration signing = drafted.signing("officer-1", NOW.plusHours(2));
    assertThat(signing.state()).isEqualTo(DeclarationState.SIGNING);
    assertThat(signing.signing("officer-1", NOW.plusHours(3))).isSameAs(signing);
    Declaration signed = signing.signed("ACT-2026-1", NOW.plusHours(2));
    assertThat(signed.signed("ACT-2026-1", NOW.plusHours(4))).isSameAs(signed);
    assertThat(signed.signedBy()).isEqualTo("officer-1");
    assertThat(signed.draftId()).isEqualTo("DRAFT-1");

    Declaration delivered = signed.extractDelivered("MSG-1", NOW.plusHours(3));
    assertThat(delivered.state()).isEqualTo(DeclarationState.EXTRACT_DELIVERED);
    assertThat(delivered.mailboxMessageId()).isEqualTo("MSG-1");
    assertThat(delivered.actNumber()).isEqualTo("ACT-2026-1");
    assertThat(delivered.extractDelivered("MSG-2", NOW.plusHours(5))).isSameAs(delivered);
    assertThatThrownBy(() -> delivered.extractPosted(NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("dealt with already");
  }

  @Test
  void stepsOutOfOrderAreConflicts() {
    Declaration submitted = Declaration.submit(birth(SARA, ParentRelation.MARRIED_TO_MOTHER), NOW);
    assertThatThrownBy(() -> submitted.signing("officer-1", NOW))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).reason())
        .isEqualTo("declaration-not-drafted");
    assertThatThrownBy(() -> submitted.signed("ACT-1", NOW))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).reason())
        .isEqualTo("declaration-out-of-order");
    assertThatThrownBy(() -> drafted().printed("clerk-1", NOW))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).reason())
        .isEqualTo("extract-not-in-post-queue");
  }

  @Test
  void theOfficerRejectsADraftWithAReasonAndTheRoadEnds() {
    Declaration rejected = drafted().rejected("officer-2", "The child's name is misspelt", NOW);
    assertThat(rejected.state()).isEqualTo(DeclarationState.REJECTED);
    assertThat(rejected.detail()).isEqualTo("The child's name is misspelt");
    assertThat(rejected.handledBy()).isEqualTo("officer-2");
    assertThatThrownBy(() -> drafted().rejected("officer-2", " ", NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> rejected.signing("officer-1", NOW))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aRefusalOfDabsFailsTheDeclarationForStaffOnce() {
    Declaration submitted = Declaration.submit(birth(SARA, ParentRelation.MARRIED_TO_MOTHER), NOW);
    Declaration failed = submitted.failed("UNKNOWN_NATIONAL_NUMBER: 88061212349", NOW);
    assertThat(failed.state()).isEqualTo(DeclarationState.FAILED);
    assertThat(failed.failed("again", NOW)).isSameAs(failed);
    assertThatThrownBy(() -> drafted().failed("x", NOW)).isInstanceOf(ConflictException.class);
  }

  @Test
  void withoutEboxTheExtractIsPostedAndPrintedByStaff() {
    Declaration signed =
        drafted().signing("officer-1", NOW).signed("ACT-2026-1", NOW.plusMinutes(1));
    Declaration posted = signed.extractPosted(NOW.plusMinutes(2));
    assertThat(posted.extractPosted(NOW.plusMinutes(3))).isSameAs(posted);
    Declaration printed = posted.printed("clerk-1", NOW.plusDays(1));
    assertThat(printed.state()).isEqualTo(DeclarationState.EXTRACT_DELIVERED);
    assertThat(printed.handledBy()).isEqualTo("clerk-1");
    assertThat(printed.mailboxMessageId()).isNull();
  }

  @Test
  void factsThatMakeNoDeclarationOfTheirKindAreRefusedFieldByField() {
    Declaration.Facts noChild =
        new Declaration.Facts(
            DeclarationKind.BIRTH,
            SARA,
            Language.NL,
            List.of(new Party(PartyRole.MOTHER, SARA, "Sara")),
            ParentRelation.NONE,
            NOW.toLocalDate().plusDays(1));
    assertThatThrownBy(() -> Declaration.submit(noChild, NOW))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(v -> v.field())
                    .contains("persons", "eventDate"));
    Declaration.Facts twice =
        new Declaration.Facts(
            DeclarationKind.MARRIAGE,
            NORA,
            Language.FR,
            List.of(
                new Party(PartyRole.SPOUSE, NORA, "Nora"), new Party(PartyRole.SPOUSE, NORA, "N")),
            null,
            LocalDate.of(2027, 6, 5));
    assertThatThrownBy(() -> Declaration.submit(twice, NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> new Party(PartyRole.MOTHER, null, "Sara"))
        .isInstanceOf(InvalidInputException.class);
    Declaration.Facts strangerRecognises =
        new Declaration.Facts(
            DeclarationKind.RECOGNITION,
            NORA,
            Language.NL,
            List.of(
                new Party(PartyRole.RECOGNISING_PARENT, TOM, "Tom"),
                new Party(PartyRole.MOTHER, SARA, "Sara"),
                new Party(PartyRole.CHILD, null, "(unborn)")),
            null,
            null);
    assertThatThrownBy(() -> Declaration.submit(strangerRecognises, NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("declarant");
  }

  @Test
  void aMarriageAndARecognitionAreElectronic() {
    Declaration marriage =
        Declaration.submit(
            new Declaration.Facts(
                DeclarationKind.MARRIAGE,
                NORA,
                Language.FR,
                List.of(
                    new Party(PartyRole.SPOUSE, NORA, "Nora El Amrani"),
                    new Party(PartyRole.SPOUSE, TOM, "Tom Maes")),
                ParentRelation.NONE,
                LocalDate.of(2027, 6, 5)),
            NOW);
    assertThat(marriage.state()).isEqualTo(DeclarationState.SUBMITTED);
    assertThat(marriage.relation()).isNull();
    Declaration recognition =
        Declaration.submit(
            new Declaration.Facts(
                DeclarationKind.RECOGNITION,
                TOM,
                Language.EN,
                List.of(
                    new Party(PartyRole.RECOGNISING_PARENT, TOM, "Tom"),
                    new Party(PartyRole.MOTHER, SARA, "Sara"),
                    new Party(PartyRole.CHILD, null, "(unborn)")),
                null,
                null),
            NOW);
    assertThat(recognition.state()).isEqualTo(DeclarationState.SUBMITTED);
    assertThat(recognition.party(PartyRole.MOTHER))
        .hasValueSatisfying(p -> assertThat(p.insz()).isEqualTo(SARA));
  }

  @Test
  void theExtractGoesToTheDeclarantInTheirLanguage() {
    Declaration signed =
        drafted().signing("officer-1", NOW).signed("ACT/2026/17", NOW.plusMinutes(1));
    byte[] pdf = "%PDF-1.7 extract".getBytes(StandardCharsets.US_ASCII);
    MailboxMessage message = CivilStatusMessages.message(signed, pdf);
    assertThat(message.recipient()).isEqualTo(TOM);
    assertThat(message.subject()).isEqualTo("Uw uittreksel: akte van geboorte");
    assertThat(message.body()).contains("ACT/2026/17");
    assertThat(message.documents())
        .singleElement()
        .satisfies(d -> assertThat(d.fileName()).isEqualTo("extract-birth-ACT-2026-17.pdf"));
  }
}
