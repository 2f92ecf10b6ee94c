package be.loketopmaat.adapters.rest.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.common.FieldViolation;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.location.Facility;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestAssemblyTest {

  @Test
  void aNestedViolationIsPlacedUnderThePathOfItsPart() {
    RequestAssembly request = new RequestAssembly();

    request.nested("channels[1].note", "x", source -> new LocalizedText("nl", null, "en"));

    assertThat(violations(request)).containsExactly("channels[1].note.fr: is required");
  }

  @Test
  void theAggregateDoesNotRepeatLessPreciselyWhatAPartAlreadySaid() {
    RequestAssembly request = new RequestAssembly();
    request.nested("name", "x", source -> new LocalizedText("nl", null, "en"));

    request.build(
        "",
        () -> {
          throw new InvalidInputException(
              List.of(
                  new FieldViolation("name", "is required"),
                  new FieldViolation("theme", "is required")));
        });

    assertThat(violations(request)).containsExactly("name.fr: is required", "theme: is required");
  }

  @Test
  void severalViolationsOfOneFieldFromOneConstructionAreAllKept() {
    RequestAssembly request = new RequestAssembly();

    request.build(
        "",
        () -> {
          throw new InvalidInputException(
              List.of(
                  new FieldViolation("channels[0].channel", "is listed twice"),
                  new FieldViolation("channels[0].channel", "is not in person")));
        });

    assertThat(violations(request))
        .containsExactly(
            "channels[0].channel: is listed twice", "channels[0].channel: is not in person");
  }

  @Test
  void aSiblingWithACommonPrefixIsNotTakenForAPart() {
    RequestAssembly request = new RequestAssembly();
    request.violation("deskMinutesExtra", "is odd");

    request.build(
        "",
        () -> {
          throw new InvalidInputException("deskDuration", "must be between 1 and 240 minutes");
        });

    assertThat(violations(request))
        .containsExactly(
            "deskMinutesExtra: is odd", "deskMinutes: must be between 1 and 240 minutes");
  }

  @Test
  void aSingleValueIsReportedUnderItsOwnField() {
    RequestAssembly request = new RequestAssembly();

    request.value(
        "product",
        "Not A Code",
        value -> {
          throw new InvalidInputException("code", "must be lower case");
        });

    assertThat(violations(request)).containsExactly("product: must be lower case");
  }

  @Test
  void aNullEnumElementIsRefusedByItsIndex() {
    RequestAssembly request = new RequestAssembly();

    var facilities =
        request.enums("facilities", Arrays.asList(Facility.SAFE, null), Facility.class);

    assertThat(facilities).containsExactly(Facility.SAFE);
    assertThat(violations(request)).containsExactly("facilities[1]: is required");
  }

  @Test
  void failedElementsStayInTheListAsNullSoThatIndexesStillMatch() {
    RequestAssembly request = new RequestAssembly();

    List<String> built =
        request.list(
            "desks", List.of("a", "b", "c"), (path, source) -> source.equals("b") ? null : path);

    assertThat(built).containsExactly("desks[0]", null, "desks[2]");
  }

  @Test
  void finishThrowsWhenAPartFailedEvenIfTheAggregateWasBuilt() {
    RequestAssembly request = new RequestAssembly();
    request.required("presenceRequired", null);

    assertThatThrownBy(() -> request.finish(() -> "built"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(new FieldViolation("presenceRequired", "is required")));
  }

  @Test
  void finishReturnsTheAggregateWhenNothingWasRefused() {
    assertThat(new RequestAssembly().finish(() -> "built")).isEqualTo("built");
  }

  @Test
  void domainFieldNamesBecomeTheApisNames() {
    assertThat(RequestAssembly.toJsonName("deskDuration")).isEqualTo("deskMinutes");
    assertThat(RequestAssembly.toJsonName("days.monday")).isEqualTo("MONDAY");
    assertThat(RequestAssembly.toJsonName("hours.days.sunday")).isEqualTo("hours.SUNDAY");
    assertThat(RequestAssembly.toJsonName("holidays")).isEqualTo("holidays");
  }

  private static List<String> violations(RequestAssembly request) {
    try {
      request.throwIfAny();
      return List.of();
    } catch (InvalidInputException e) {
      return e.violations().stream().map(v -> v.field() + ": " + v.message()).toList();
    }
  }
}
