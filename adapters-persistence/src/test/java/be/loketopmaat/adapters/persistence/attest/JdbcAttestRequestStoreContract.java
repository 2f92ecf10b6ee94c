package be.loketopmaat.adapters.persistence.attest;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.persistence.jdbc.Tables;
import be.loketopmaat.application.port.out.AttestRequestStore;
import be.loketopmaat.domain.attest.AttestChannel;
import be.loketopmaat.domain.attest.AttestRequest;
import be.loketopmaat.domain.attest.AttestRequestState;
import be.loketopmaat.domain.attest.ReferralReason;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.population.AttestLanguage;
import be.loketopmaat.domain.population.AttestModel;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Attest requests and the post queue's PDFs as the JDBC adapter stores them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcAttestRequestStoreContract {
  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 10, 0);
  static final NationalNumber JAN = new NationalNumber("85073100328");
  static final byte[] PDF = "%PDF-1.7 attest".getBytes(StandardCharsets.US_ASCII);

  @Inject AttestRequestStore requests;
  @Inject TransactionOperations<Connection> operations;

  @BeforeEach
  void empty() {
    Tables.empty(operations, "attest_print", "attest_request");
  }

  static AttestRequest received(LocalDateTime at) {
    return AttestRequest.receive(
        JAN, AttestModel.MAIN_RESIDENCE, AttestLanguage.FR, AttestChannel.KIOSK, at);
  }

  @Test
  void aRequestComesBackAsItWasStoredAndThroughEachStep() {
    AttestRequest request = received(NOW);
    requests.insert(request);
    assertThat(requests.find(request.id())).contains(request);
    assertThat(requests.find(UUID.randomUUID())).isEmpty();

    AttestRequest referred =
        request.referred(ReferralReason.REGISTER_REFUSED, "45811: unknown language", NOW);
    assertThat(requests.update(referred, AttestRequestState.RECEIVED)).isTrue();
    AttestRequest resolved = referred.resolved("clerk-1", "Made at the desk", NOW.plusHours(1));
    assertThat(requests.update(resolved, AttestRequestState.REFERRED)).isTrue();
    assertThat(requests.find(request.id())).contains(resolved);
  }

  @Test
  void aChangeIsStoredOnlyOverTheStateItWasReadIn() {
    AttestRequest request = received(NOW);
    requests.insert(request);
    AttestRequest delivered = request.delivered("msg-1", NOW.plusMinutes(1));

    assertThat(requests.update(delivered, AttestRequestState.POSTED)).isFalse();
    assertThat(requests.update(delivered, AttestRequestState.RECEIVED)).isTrue();
    assertThat(requests.update(delivered, AttestRequestState.RECEIVED)).isFalse();
    assertThat(requests.find(request.id())).contains(delivered);
  }

  @Test
  void thePdfIsKeptWhilePostedAndDeletedOncePrinted() {
    AttestRequest request = received(NOW);
    requests.insert(request);
    AttestRequest posted = request.posted(NOW);
    operations.executeWrite(
        status -> {
          requests.update(posted, AttestRequestState.RECEIVED);
          requests.keepForPrint(request.id(), PDF);
          return null;
        });
    assertThat(requests.printable(request.id()))
        .hasValueSatisfying(p -> assertThat(p).isEqualTo(PDF));
    assertThat(requests.inState(AttestRequestState.POSTED, 10)).containsExactly(posted);

    requests.update(posted.printed("clerk-1", NOW.plusDays(1)), AttestRequestState.POSTED);

    assertThat(requests.printable(request.id())).isEmpty();
    assertThat(requests.inState(AttestRequestState.POSTED, 10)).isEmpty();
    assertThat(requests.inState(AttestRequestState.PRINTED, 10)).hasSize(1);
  }

  @Test
  void theQueuesAreListedOldestFirst() {
    AttestRequest later =
        received(NOW).referred(ReferralReason.UNKNOWN_PERSON, null, NOW.plusHours(2));
    AttestRequest earlier =
        received(NOW).referred(ReferralReason.NOT_REGISTERED_IN_CITY, "x", NOW.plusHours(1));
    AttestRequest open = received(NOW);
    for (AttestRequest r : new AttestRequest[] {later, earlier, open}) {
      requests.insert(r);
    }

    assertThat(requests.inState(AttestRequestState.REFERRED, 10)).containsExactly(earlier, later);
    assertThat(requests.inState(AttestRequestState.REFERRED, 1)).containsExactly(earlier);
    assertThat(requests.inState(AttestRequestState.RECEIVED, 10)).containsExactly(open);
  }

  @Test
  void onlyEndedRequestsPastTheCutOffAreForgotten() {
    AttestRequest old = received(NOW).delivered("msg-1", NOW);
    AttestRequest recent = received(NOW).delivered("msg-2", NOW.plusDays(10));
    AttestRequest waiting = received(NOW).posted(NOW);
    AttestRequest referred = received(NOW).referred(ReferralReason.UNKNOWN_PERSON, null, NOW);
    for (AttestRequest r : new AttestRequest[] {old, recent, waiting, referred}) {
      requests.insert(r);
    }
    requests.keepForPrint(waiting.id(), PDF);

    assertThat(requests.forgetEndedBefore(NOW.plusDays(5))).isEqualTo(1);

    assertThat(requests.find(old.id())).isEmpty();
    assertThat(requests.find(recent.id())).isPresent();
    assertThat(requests.find(waiting.id())).isPresent();
    assertThat(requests.printable(waiting.id())).isPresent();
    assertThat(requests.find(referred.id())).isPresent();
  }
}
