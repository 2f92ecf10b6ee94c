package be.loketopmaat.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.common.Phrase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemLanguageTest {

  @ParameterizedTest(name = "[{0}] is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "nl-BE|NL",
        "fr-BE, fr;q=0.9, en;q=0.8|FR",
        "de-DE, fr;q=0.5|FR",
        "en-GB;q=0.5, nl;q=0.7|NL",
        "fr;q=0, en|EN",
        "NL|NL",
        "de|EN",
        "*|EN",
        "fr;;q=|EN",
        "' '|EN"
      })
  void theFirstOfTheCitysLanguagesTheRequestAsksForOrEnglish(String header, Language expected) {
    assertThat(ProblemLanguage.of(header).language()).isEqualTo(expected);
  }

  @Test
  void noHeaderIsEnglish() {
    assertThat(ProblemLanguage.of((String) null).language()).isEqualTo(Language.EN);
  }

  @Test
  void aPhraseIsWrittenWithItsValuesAndItsTranslatedWords() {
    Phrase notFound = Phrase.of("No {0} with code '{1}'", Phrase.of("location"), "deurne");

    assertThat(new ProblemLanguage(Language.NL).text(notFound))
        .isEqualTo("Geen locatie met code 'deurne'");
    assertThat(new ProblemLanguage(Language.FR).text(notFound))
        .isEqualTo("lieu introuvable : code 'deurne'");
    assertThat(ProblemLanguage.ENGLISH.text(notFound)).isEqualTo("No location with code 'deurne'");
  }

  @Test
  void aSentenceTheCatalogueLacksIsWrittenInEnglishRatherThanNotAtAll() {
    assertThat(new ProblemLanguage(Language.FR).text(Phrase.of("no such sentence {0}", 7)))
        .isEqualTo("no such sentence 7");
  }
}
