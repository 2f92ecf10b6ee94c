package be.loketopmaat.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTypeTest {

  @Test
  void aStatusOnItsOwnIsOfTheGeneralKind() {
    assertThat(ProblemType.forStatus(400)).isEqualTo(ProblemType.BAD_REQUEST);
    assertThat(ProblemType.forStatus(404)).isEqualTo(ProblemType.NOT_FOUND);
    assertThat(ProblemType.forStatus(415)).isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
    assertThat(ProblemType.forStatus(500)).isEqualTo(ProblemType.INTERNAL_ERROR);
    assertThat(ProblemType.forStatus(429)).isEqualTo(ProblemType.TOO_MANY_REQUESTS);
    assertThat(ProblemType.forStatus(414)).isEqualTo(ProblemType.URI_TOO_LONG);
    assertThat(ProblemType.forStatus(431)).isEqualTo(ProblemType.HEADER_FIELDS_TOO_LARGE);
  }

  @Test
  void kindsThatNameOneCauseAreNotGuessedFromTheStatus() {
    assertThat(ProblemType.forStatus(503)).as("not every 503 is a disabled staff API").isNull();
    assertThat(ProblemType.forStatus(409))
        .as("not every conflict is a taken code, a taken slot or a state clash")
        .isNull();
  }

  @Test
  void typeUrisAreStableAndDistinct() {
    assertThat(ProblemType.values())
        .extracting(ProblemType::uri)
        .doesNotHaveDuplicates()
        .allMatch(uri -> uri.startsWith("/problems/"));
  }
}
