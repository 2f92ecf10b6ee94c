package be.loketopmaat.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentOrderTest {
  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 12, 7, 10, 0);

  static DocumentOrder recorded() {
    return DocumentOrder.record(
        DocumentKind.EID,
        new ProductCode("eid-application"),
        new Citizen(
            new NationalNumber("85073100328"), "An Peeters", "an@example.be", null, Language.NL),
        new LocationCode("districtshuis-deurne"),
        new LocationCode("districtshuis-antwerpen"),
        false,
        "clerk-1",
        MONDAY);
  }

  static DocumentOrder arrived() {
    return recorded()
        .ordered("BP-1")
        .reported(DocumentState.IN_PRODUCTION, MONDAY.plusDays(1), null)
        .reported(DocumentState.DISPATCHED, MONDAY.plusDays(6), null)
        .reported(DocumentState.ARRIVED, MONDAY.plusDays(7), null);
  }

  @Test
  void theRoadFromTheDeskToTheSafeToTheCitizen() {
    DocumentOrder order = recorded();
    assertThat(order.state()).isEqualTo(DocumentState.RECORDED);

    DocumentOrder ordered = order.ordered("BP-1");
    assertThat(ordered.state()).isEqualTo(DocumentState.ORDERED);
    assertThat(ordered.productionNumber()).isEqualTo("BP-1");

    DocumentOrder inSafe = arrived();
    assertThat(inSafe.state()).isEqualTo(DocumentState.ARRIVED);
    assertThat(inSafe.arrivedAt()).isEqualTo(MONDAY.plusDays(7));
    assertThat(inSafe.returnDate()).isEqualTo(LocalDate.of(2027, 3, 14));

    DocumentOrder handed = inSafe.handOver(MONDAY.plusDays(9));
    assertThat(handed.state()).isEqualTo(DocumentState.HANDED_OVER);
    assertThat(handed.endedAt()).isEqualTo(MONDAY.plusDays(9));
    assertThat(handed.state().isFinal()).isTrue();
  }

  @Test
  void aStateReportedAgainOrLateChangesNothing() {
    DocumentOrder inSafe = arrived();

    assertThat(inSafe.reported(DocumentState.ARRIVED, MONDAY.plusDays(8), null)).isSameAs(inSafe);
    assertThat(inSafe.reported(DocumentState.IN_PRODUCTION, MONDAY.plusDays(8), null))
        .isSameAs(inSafe);
    assertThat(inSafe.ordered("BP-1")).isSameAs(inSafe);
  }

  @Test
  void aFeedThatSkipsAStepStillMovesTheOrderOn() {
    DocumentOrder order = recorded().reported(DocumentState.ARRIVED, MONDAY.plusDays(7), null);

    assertThat(order.state()).isEqualTo(DocumentState.ARRIVED);
    assertThat(order.arrivedAt()).isEqualTo(MONDAY.plusDays(7));
  }

  @Test
  void anotherProductionNumberForTheSameOrderIsAConflict() {
    DocumentOrder ordered = recorded().ordered("BP-1");

    assertThatThrownBy(() -> ordered.ordered("BP-2"))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).reason())
        .isEqualTo("production-number-differs");
  }

  @Test
  void aRefusalEndsTheRoadWithTheProductionsReason() {
    DocumentOrder refused =
        recorded().ordered("BP-1").reported(DocumentState.REFUSED, MONDAY, "PHOTO_REJECTED");

    assertThat(refused.state()).isEqualTo(DocumentState.REFUSED);
    assertThat(refused.endReason()).isEqualTo("PHOTO_REJECTED");
    assertThatThrownBy(() -> refused.reported(DocumentState.ARRIVED, MONDAY, null))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).reason())
        .isEqualTo("order-ended");
  }

  @Test
  void aDispatchedDocumentCanNeitherBeRefusedNorCancelled() {
    DocumentOrder dispatched =
        recorded().ordered("BP-1").reported(DocumentState.DISPATCHED, MONDAY, null);

    assertThatThrownBy(() -> dispatched.reported(DocumentState.REFUSED, MONDAY, "late"))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> dispatched.cancel(MONDAY, "citizen moved"))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).reason())
        .isEqualTo("already-dispatched");
  }

  @ParameterizedTest
  @EnumSource(
      value = DocumentState.class,
      names = {"RECORDED", "HANDED_OVER", "CANCELLED", "RETURNED"})
  void theProductionCannotReportWhatOnlyTheCityDoes(DocumentState state) {
    DocumentOrder ordered =
        recorded().ordered("BP-1").reported(DocumentState.IN_PRODUCTION, MONDAY, null);

    assertThatThrownBy(() -> ordered.reported(state, MONDAY, null))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void onlyADocumentInTheSafeIsHandedOver() {
    DocumentOrder ordered = recorded().ordered("BP-1");

    assertThatThrownBy(() -> ordered.handOver(MONDAY))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).reason())
        .isEqualTo("not-in-safe");
    DocumentOrder handed = arrived().handOver(MONDAY.plusDays(8));
    assertThatThrownBy(() -> handed.handOver(MONDAY.plusDays(9)))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aCancellationNeedsAReason() {
    assertThatThrownBy(() -> recorded().cancel(MONDAY, " "))
        .isInstanceOf(InvalidInputException.class);
    DocumentOrder cancelled = recorded().cancel(MONDAY, " citizen withdrew ");
    assertThat(cancelled.state()).isEqualTo(DocumentState.CANCELLED);
    assertThat(cancelled.endReason()).isEqualTo("citizen withdrew");
  }

  @Test
  void aDocumentGoesBackOnlyAfterThreeMonthsInTheSafe() {
    DocumentOrder inSafe = arrived();

    assertThatThrownBy(() -> inSafe.sendBack(MONDAY.plusMonths(3)))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).reason())
        .isEqualTo("still-kept");
    DocumentOrder back = inSafe.sendBack(MONDAY.plusDays(7).plusMonths(3));
    assertThat(back.state()).isEqualTo(DocumentState.RETURNED);
    assertThatThrownBy(() -> back.handOver(MONDAY.plusMonths(4)))
        .isInstanceOf(ConflictException.class);
  }
}
