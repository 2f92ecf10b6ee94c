package be.loketopmaat.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.common.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of problem has its page, in each language: what it means, when it happens, what to do.
 */
class ProblemPagesTest {
  private final ProblemPages pages = ProblemPages.get();

  @Test
  void everyProblemTypeHasEveryPartInDutchFrenchAndEnglish() {
    assertThat(pages.missing())
        .as("parts of problem type pages that %s lacks", ProblemPages.RESOURCE)
        .isEmpty();
  }

  @Test
  void eachLanguageHasItsOwnTextAndCodeIsClosed() {
    List<String> unbalanced = new ArrayList<>();
    for (ProblemType type : ProblemType.values()) {
      for (ProblemPages.Part part : ProblemPages.Part.values()) {
        for (Language language : Language.values()) {
          String text = pages.text(type, part, language);
          if (text.chars().filter(c -> c == '`').count() % 2 != 0) {
            unbalanced.add(type.pageName() + " " + part + " " + language);
          }
        }
        assertThat(pages.text(type, part, Language.NL))
            .as("%s %s in Dutch", type.pageName(), part)
            .isNotEqualTo(pages.text(type, part, Language.EN));
        assertThat(pages.text(type, part, Language.FR))
            .as("%s %s in French", type.pageName(), part)
            .isNotEqualTo(pages.text(type, part, Language.EN));
      }
    }
    assertThat(unbalanced).as("texts with a backtick left open").isEmpty();
  }

  @Test
  void aMissingPartIsReportedAndAnsweredInEnglish() throws IOException {
    ProblemPages partial =
        ProblemPages.parse(reader("name\tpart\ten\tnl\tfr\nslot-taken\tmeans\tTaken.\t\tPris.\n"));

    assertThat(partial.missing()).contains("slot-taken means nl", "slot-taken when en");
    assertThat(partial.page(ProblemType.SLOT_TAKEN, Language.NL).means()).isEqualTo("Taken.");
  }

  @Test
  void aLineTheCodeDoesNotKnowIsRefusedWhenTheFileIsRead() {
    assertThatThrownBy(() -> ProblemPages.parse(reader("h\nno-such-type\tmeans\ta\tb\tc\n")))
        .hasMessageContaining("line 2")
        .hasMessageContaining("no-such-type");
    assertThatThrownBy(() -> ProblemPages.parse(reader("h\nslot-taken\twhy\ta\tb\tc\n")))
        .hasMessageContaining("why");
    assertThatThrownBy(() -> ProblemPages.parse(reader("h\nslot-taken\tmeans\ta\tb\n")))
        .hasMessageContaining("line 2");
    assertThatThrownBy(
            () ->
                ProblemPages.parse(
                    reader("h\nslot-taken\tmeans\ta\tb\tc\nslot-taken\tmeans\ta\tb\tc\n")))
        .hasMessageContaining("twice");
  }

  private static BufferedReader reader(String text) {
    return new BufferedReader(new StringReader(text));
  }
}
