package be.loketopmaat.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseTest {

  @Test
  void theEnglishSentenceHasItsValuesInPlace() {
    assertThat(Phrase.of("the slot at {0} at {1} is taken", "18:00", "deurne").english())
        .isEqualTo("the slot at 18:00 at deurne is taken");
  }

  @Test
  void aValueMayBeUsedTwiceOrInAnotherOrder() {
    assertThat(Phrase.of("{1} before {0}, then {1}", "a", "b").english())
        .isEqualTo("b before a, then b");
  }

  @Test
  void bracesThatAreNoPlaceholderAndQuotesStayAsWritten() {
    assertThat(Phrase.of("'{0}' is not {x} or {} or {123}", "k").english())
        .isEqualTo("'k' is not {x} or {} or {123}");
  }

  @Test
  void aPlaceholderWithoutValueIsLeftEmptyAndANullValueSaysSo() {
    assertThat(Phrase.of("a{0}b{1}c", (Object) null).english()).isEqualTo("anullbc");
  }

  @Test
  void theTemplateAndEveryPhraseArgumentAreTranslated() {
    Map<String, String> dutch =
        Map.of("No {0} with code '{1}'", "Geen {0} met code '{1}'", "hold", "reservering");
    Phrase phrase = Phrase.of("No {0} with code '{1}'", Phrase.of("hold"), "hold");

    assertThat(phrase.render(t -> dutch.getOrDefault(t, t)))
        .isEqualTo("Geen reservering met code 'hold'");
  }
}
