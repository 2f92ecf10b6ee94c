package be.loketopmaat.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CodeRequestTest {
  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 12, 7, 10, 0);

  static CodeRequest requested() {
    return CodeRequest.request(
        new Citizen(
            new NationalNumber("85073100328"), "An Peeters", "an@example.be", null, Language.NL),
        new LocationCode("districtshuis-antwerpen"),
        "clerk-1",
        MONDAY);
  }

  @Test
  void theRoadFromTheRequestToTheHolder() {
    CodeRequest request = requested();
    assertThat(request.state()).isEqualTo(CodeRequestState.REQUESTED);
    assertThat(request.isOpen()).isTrue();

    CodeRequest ordered = request.ordered("PP-1");
    assertThat(ordered.state()).isEqualTo(CodeRequestState.ORDERED);
    assertThat(ordered.ordered("PP-1")).isSameAs(ordered);
    CodeRequest arrived =
        ordered
            .reported(CodeRequestState.DISPATCHED, MONDAY.plusDays(18), null)
            .reported(CodeRequestState.ARRIVED, MONDAY.plusDays(21), null);
    assertThat(arrived.state()).isEqualTo(CodeRequestState.ARRIVED);
    assertThat(arrived.arrivedAt()).isEqualTo(MONDAY.plusDays(21));

    CodeRequest handed = arrived.handOver(MONDAY.plusDays(22));
    assertThat(handed.state()).isEqualTo(CodeRequestState.HANDED_OVER);
    assertThat(handed.isOpen()).isFalse();
    assertThatThrownBy(() -> handed.handOver(MONDAY)).isInstanceOf(ConflictException.class);
  }

  @Test
  void aStateReportedTwiceOrLateChangesNothing() {
    CodeRequest arrived =
        requested().ordered("PP-1").reported(CodeRequestState.ARRIVED, MONDAY, null);
    assertThat(arrived.reported(CodeRequestState.DISPATCHED, MONDAY, null)).isSameAs(arrived);
    assertThat(arrived.reported(CodeRequestState.ARRIVED, MONDAY, null)).isSameAs(arrived);
  }

  @Test
  void aRefusalEndsItWithTheReasonButNotOnceDispatched() {
    CodeRequest refused =
        requested().reported(CodeRequestState.REFUSED, MONDAY, "ADDRESS_CHANGE_PENDING: moving");
    assertThat(refused.state()).isEqualTo(CodeRequestState.REFUSED);
    assertThat(refused.endReason()).isEqualTo("ADDRESS_CHANGE_PENDING: moving");
    assertThat(refused.isOpen()).isFalse();
    assertThatThrownBy(() -> refused.reported(CodeRequestState.ARRIVED, MONDAY, null))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> refused.ordered("PP-2")).isInstanceOf(ConflictException.class);

    CodeRequest dispatched =
        requested().ordered("PP-1").reported(CodeRequestState.DISPATCHED, MONDAY, null);
    assertThatThrownBy(() -> dispatched.reported(CodeRequestState.REFUSED, MONDAY, "late"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aSecondProductionNumberIsRefused() {
    CodeRequest ordered = requested().ordered("PP-1");
    assertThatThrownBy(() -> ordered.ordered("PP-2")).isInstanceOf(ConflictException.class);
  }

  @ParameterizedTest
  @EnumSource(
      value = CodeRequestState.class,
      names = {"REQUESTED", "HANDED_OVER"})
  void theProductionDoesNotReportTheCitysOwnSteps(CodeRequestState state) {
    assertThatThrownBy(() -> requested().reported(state, MONDAY, null))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void onlyAnArrivedLetterIsHandedOverAndARequestNeedsItsParts() {
    assertThatThrownBy(() -> requested().handOver(MONDAY)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> CodeRequest.request(null, null, " ", MONDAY))
        .isInstanceOf(InvalidInputException.class);
  }
}
