package be.loketopmaat.domain.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.mailbox.MailboxMessage;
import be.loketopmaat.domain.population.Attest;
import be.loketopmaat.domain.population.AttestLanguage;
import be.loketopmaat.domain.population.AttestModel;
import be.loketopmaat.domain.population.NisCode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AttestRequestTest {
  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 10, 0);
  static final NationalNumber JAN = NationalNumber.of("85073100328");

  static AttestRequest received(AttestLanguage language) {
    return AttestRequest.receive(
        JAN, AttestModel.HOUSEHOLD_COMPOSITION, language, AttestChannel.E_COUNTER, NOW);
  }

  @Test
  void aNewRequestIsReceivedWithNothingButWhatWasAsked() {
    AttestRequest request = received(AttestLanguage.NL);
    assertThat(request.state()).isEqualTo(AttestRequestState.RECEIVED);
    assertThat(request.receivedAt()).isEqualTo(NOW);
    assertThat(request.mailboxMessageId()).isNull();
    assertThat(request.reason()).isNull();
    assertThat(request.state().waitsForStaff()).isFalse();
  }

  @Test
  void deliveredOnceAndAgainChangesNothing() {
    AttestRequest delivered = received(AttestLanguage.NL).delivered("msg-1", NOW.plusMinutes(1));
    assertThat(delivered.state()).isEqualTo(AttestRequestState.DELIVERED);
    assertThat(delivered.mailboxMessageId()).isEqualTo("msg-1");
    assertThat(delivered.delivered("msg-1", NOW.plusMinutes(5))).isSameAs(delivered);
    assertThatThrownBy(() -> delivered.posted(NOW))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("attest-request-ended"));
    assertThatThrownBy(() -> delivered.referred(ReferralReason.UNKNOWN_PERSON, null, NOW))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void postedThenPrintedByStaffOnce() {
    AttestRequest posted = received(AttestLanguage.FR).posted(NOW);
    assertThat(posted.state()).isEqualTo(AttestRequestState.POSTED);
    assertThat(posted.state().waitsForStaff()).isTrue();
    assertThat(posted.posted(NOW.plusHours(1))).isSameAs(posted);
    AttestRequest printed = posted.printed("clerk-1", NOW.plusDays(1));
    assertThat(printed.state()).isEqualTo(AttestRequestState.PRINTED);
    assertThat(printed.handledBy()).isEqualTo("clerk-1");
    assertThat(printed.changedAt()).isEqualTo(NOW.plusDays(1));
    assertThatThrownBy(() -> printed.printed("clerk-1", NOW))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo("attest-not-in-post-queue"));
    assertThatThrownBy(() -> received(AttestLanguage.NL).printed("clerk-1", NOW))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void referredWithItsReasonThenResolvedWithANote() {
    AttestRequest referred =
        received(AttestLanguage.NL).referred(ReferralReason.NOT_REGISTERED_IN_CITY, "  x ", NOW);
    assertThat(referred.state()).isEqualTo(AttestRequestState.REFERRED);
    assertThat(referred.reason()).isEqualTo(ReferralReason.NOT_REGISTERED_IN_CITY);
    assertThat(referred.detail()).isEqualTo("x");
    assertThat(referred.referred(ReferralReason.NOT_REGISTERED_IN_CITY, "x", NOW))
        .isSameAs(referred);
    assertThatThrownBy(() -> referred.resolved("clerk-1", " ", NOW))
        .isInstanceOf(InvalidInputException.class);
    AttestRequest resolved = referred.resolved("clerk-1", " Sent to Leuven ", NOW.plusDays(1));
    assertThat(resolved.state()).isEqualTo(AttestRequestState.RESOLVED);
    assertThat(resolved.note()).isEqualTo("Sent to Leuven");
    assertThat(resolved.reason()).isEqualTo(ReferralReason.NOT_REGISTERED_IN_CITY);
    assertThatThrownBy(() -> resolved.resolved("clerk-1", "again", NOW))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("attest-not-referred"));
  }

  @Test
  void aLongDetailIsShortened() {
    AttestRequest referred =
        received(AttestLanguage.NL)
            .referred(ReferralReason.REGISTER_REFUSED, "x".repeat(2000), NOW);
    assertThat(referred.detail()).hasSize(AttestRequest.MAX_DETAIL);
  }

  @Test
  void theMessageIsInTheCitizensLanguageWithThePdfAttached() {
    byte[] pdf = "%PDF-1.7 attest".getBytes(StandardCharsets.US_ASCII);
    Attest attest =
        new Attest(
            JAN,
            AttestModel.HOUSEHOLD_COMPOSITION,
            AttestLanguage.DE,
            NisCode.ANTWERP,
            LocalDate.of(2026, 12, 4),
            pdf);
    MailboxMessage german = AttestMessages.message(received(AttestLanguage.DE), attest);
    assertThat(german.language()).isEqualTo(Language.EN);
    assertThat(german.subject()).isEqualTo("Your attest: Household composition");
    assertThat(german.documents())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.fileName()).isEqualTo("attest-household-composition-2026-12-04.pdf");
              assertThat(d.content()).isEqualTo(pdf);
            });
    assertThat(AttestMessages.message(received(AttestLanguage.NL), attest).subject())
        .isEqualTo("Uw attest: Bewijs van gezinssamenstelling");
    assertThat(AttestMessages.message(received(AttestLanguage.FR), attest).body())
        .contains("Certificat de composition de ménage");
  }
}
