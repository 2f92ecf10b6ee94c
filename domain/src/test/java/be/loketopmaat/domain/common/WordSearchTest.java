package be.loketopmaat.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordSearchTest {
  @Test
  void aQueryWordMustBeginAWordNotSitInsideOne() {
    assertThat(WordSearch.of("eid").matches("Begeleiding bij aanvragen")).isFalse();
    assertThat(WordSearch.of("eid").matches("eID-kaart aanvragen")).isTrue();
    assertThat(WordSearch.of("kaart").matches("eID-kaart aanvragen")).isTrue();
    assertThat(WordSearch.of("aanvr").matches("eID-kaart aanvragen")).isTrue();
  }

  @Test
  void caseAndAccentsDoNotMatter() {
    assertThat(WordSearch.of("RELEVE").matches("Relevé de domicile")).isTrue();
    assertThat(WordSearch.of("relevé").matches("RELEVE")).isTrue();
  }

  @Test
  void everyQueryWordMustBeFoundInOneOfTheTexts() {
    assertThat(WordSearch.of("eid attest").matches("eid-application", "Attest")).isTrue();
    assertThat(WordSearch.of("eid parking").matches("eid-application", "Attest")).isFalse();
  }

  @Test
  void aQueryWithoutWordsMatchesAnything() {
    assertThat(WordSearch.of(" - ").matchesNothingInParticular()).isTrue();
    assertThat(WordSearch.of(null).matches("anything")).isTrue();
  }
}
