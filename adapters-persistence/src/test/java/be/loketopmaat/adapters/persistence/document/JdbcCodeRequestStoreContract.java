package be.loketopmaat.adapters.persistence.document;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.persistence.jdbc.Concurrently;
import be.loketopmaat.adapters.persistence.jdbc.Tables;
import be.loketopmaat.application.port.out.CodeRequestStore;
import be.loketopmaat.application.port.out.DocumentOrderStore;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.document.CodeRequest;
import be.loketopmaat.domain.document.CodeRequestState;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.document.DocumentOrder;
import be.loketopmaat.domain.document.DocumentState;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Requests for new PIN/PUK codes as the JDBC adapter stores them, and the open card orders a
 * request is checked against; run on each database by a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcCodeRequestStoreContract {
  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 0);
  static final LocationCode DESK = new LocationCode("districtshuis-deurne");
  static final NationalNumber AN = new NationalNumber("85073100328");
  static final NationalNumber BART = new NationalNumber("87041200535");

  @Inject CodeRequestStore requests;
  @Inject DocumentOrderStore orders;
  @Inject TransactionOperations<Connection> operations;

  @BeforeEach
  void empty() {
    Tables.empty(operations, "code_request", "document_order");
  }

  static CodeRequest request(NationalNumber insz) {
    return CodeRequest.request(
        new Citizen(insz, "An Peeters", "an@example.be", null, Language.FR), DESK, "clerk-7", NOW);
  }

  @Test
  void aRequestComesBackAsItWasStoredAndAsItsCitizensOpenOne() {
    CodeRequest request = request(AN);

    assertThat(requests.insertIfNoneOpen(request)).isTrue();

    assertThat(requests.find(request.id())).contains(request);
    assertThat(requests.openFor(AN)).contains(request);
    assertThat(requests.openFor(BART)).isEmpty();
    assertThat(requests.find(UUID.randomUUID())).isEmpty();
  }

  @Test
  void aCitizenHasOneOpenRequestAtMostUntilItEnds() {
    CodeRequest first = request(AN);
    requests.insertIfNoneOpen(first);
    CodeRequest second = request(AN);

    assertThat(requests.insertIfNoneOpen(second)).isFalse();
    assertThat(requests.find(second.id())).isEmpty();
    assertThat(requests.insertIfNoneOpen(request(BART))).isTrue();

    CodeRequest refused = first.reported(CodeRequestState.REFUSED, NOW, "ADDRESS_CHANGE_PENDING");
    assertThat(requests.update(refused, CodeRequestState.REQUESTED)).isTrue();
    assertThat(requests.openFor(AN)).isEmpty();
    assertThat(requests.find(first.id())).contains(refused);
    assertThat(requests.insertIfNoneOpen(second)).isTrue();
    assertThat(requests.openFor(AN)).contains(second);
  }

  @Test
  void ofConcurrentRequestsOfOneCitizenExactlyOneIsStored() throws InterruptedException {
    List<Boolean> stored = Collections.synchronizedList(new ArrayList<>());

    List<Throwable> failures =
        Concurrently.run(8, i -> stored.add(requests.insertIfNoneOpen(request(AN))));

    assertThat(failures).allMatch(Objects::isNull);
    assertThat(stored).containsOnlyOnce(true);
  }

  @Test
  void aChangeIsStoredOnlyOverTheStateItWasReadIn() {
    CodeRequest request = request(AN);
    requests.insertIfNoneOpen(request);
    CodeRequest ordered = request.ordered("PC2026-000001");

    assertThat(requests.update(ordered, CodeRequestState.ORDERED)).isFalse();
    assertThat(requests.update(ordered, CodeRequestState.REQUESTED)).isTrue();
    assertThat(requests.update(ordered, CodeRequestState.REQUESTED)).isFalse();
    assertThat(requests.find(request.id())).contains(ordered);
  }

  @Test
  void theLettersAtALocationAreListedLongestThereFirst() {
    CodeRequest later = arrived(request(AN), NOW.plusDays(22));
    CodeRequest earlier = arrived(request(BART), NOW.plusDays(21));
    CodeRequest elsewhere =
        CodeRequest.request(
            new Citizen(new NationalNumber("15062000770"), "Kid", null, "+32470123456", null),
            new LocationCode("stadskantoor"),
            "clerk-7",
            NOW);
    for (CodeRequest r : List.of(later, earlier, arrived(elsewhere, NOW.plusDays(20)))) {
      requests.insertIfNoneOpen(r);
    }

    assertThat(requests.at(DESK, CodeRequestState.ARRIVED, 10)).containsExactly(earlier, later);
    assertThat(requests.at(DESK, CodeRequestState.ARRIVED, 1)).containsExactly(earlier);
    assertThat(requests.at(DESK, CodeRequestState.ORDERED, 10)).isEmpty();
  }

  @Test
  void aCitizensOpenDocumentOrdersAreFoundAndEndedOnesAreNot() {
    DocumentOrder open = card(AN);
    DocumentOrder handed =
        card(AN)
            .ordered("BE2026-000002")
            .reported(DocumentState.ARRIVED, NOW, null)
            .handOver(NOW.plusDays(1));
    orders.insert(open);
    orders.insert(handed);
    orders.insert(card(BART));

    assertThat(orders.openOf(AN)).containsExactly(open);
  }

  private static CodeRequest arrived(CodeRequest request, LocalDateTime at) {
    return request
        .ordered("PC-" + request.id().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT))
        .reported(CodeRequestState.ARRIVED, at, null);
  }

  private static DocumentOrder card(NationalNumber insz) {
    return DocumentOrder.record(
        DocumentKind.EID,
        new ProductCode("eid-application"),
        new Citizen(insz, "An Peeters", "an@example.be", null, Language.NL),
        DESK,
        DESK,
        false,
        "clerk-7",
        NOW);
  }
}
