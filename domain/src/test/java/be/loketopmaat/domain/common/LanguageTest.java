package be.loketopmaat.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {
  @Test
  void readsThePrimaryLanguageOfATag() {
    assertThat(Language.fromTag("nl-BE")).contains(Language.NL);
    assertThat(Language.fromTag(" FR_be ")).contains(Language.FR);
    assertThat(Language.fromTag("en")).contains(Language.EN);
    assertThat(Language.fromTag("de-BE")).isEmpty();
    assertThat(Language.fromTag(null)).isEmpty();
    assertThat(Language.fromTag(" ")).isEmpty();
  }

  @Test
  void aTagOfSeparatorsOnlyIsNoLanguage() {
    // "-".split("[-_]") is an empty array; without the split limit this threw
    // ArrayIndexOutOfBoundsException.
    assertThat(Language.fromTag("-")).isEmpty();
    assertThat(Language.fromTag("_")).isEmpty();
    assertThat(Language.fromTag("--")).isEmpty();
    assertThat(Language.fromTag("-nl")).isEmpty();
  }
}
