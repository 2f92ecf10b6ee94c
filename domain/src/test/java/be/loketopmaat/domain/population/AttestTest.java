package be.loketopmaat.domain.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AttestTest {
  private static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);

  private static Attest attest(byte[] pdf) {
    return new Attest(
        NationalNumber.of("85073100328"),
        AttestModel.LIFE,
        AttestLanguage.NL,
        NisCode.ANTWERP,
        LocalDate.of(2026, 12, 2),
        pdf);
  }

  @Test
  void theDecreeFixesTenModels() {
    assertThat(AttestModel.values()).hasSize(10);
    assertThat(AttestModel.HOUSEHOLD_COMPOSITION.title().in(Language.NL))
        .isEqualTo("Bewijs van gezinssamenstelling");
    assertThat(AttestModel.LIFE.certifiesLife()).isTrue();
    assertThat(AttestModel.NATIONALITY.certifiesLife()).isFalse();
  }

  @Test
  void attestLanguagesAreTheThreeNationalOnes() {
    assertThat(AttestLanguage.fromTag("de-BE")).isEqualTo(AttestLanguage.DE);
    assertThat(AttestLanguage.fromTag("FR")).isEqualTo(AttestLanguage.FR);
    assertThatThrownBy(() -> AttestLanguage.fromTag("en"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("nl, fr or de");
    assertThatThrownBy(() -> AttestLanguage.fromTag(null))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aTagOfSeparatorsOnlyIsRefusedAsInput() {
    // String.split drops trailing empty parts: "-".split("[-_]") is an empty array, which made
    // fromTag fail with an ArrayIndexOutOfBoundsException (a 500) instead of refusing the input.
    for (String tag : new String[] {"-", "_", "--", "-de"}) {
      assertThatThrownBy(() -> AttestLanguage.fromTag(tag))
          .as(tag)
          .isInstanceOf(InvalidInputException.class);
    }
  }

  @Test
  void anAttestIsAPdfThatCannotChange() {
    byte[] bytes = PDF.clone();
    Attest attest = attest(bytes);
    bytes[0] = 'X';
    attest.pdf()[1] = 'X';

    assertThat(attest.pdf()).isEqualTo(PDF);
    assertThat(attest).isEqualTo(attest(PDF.clone())).hasSameHashCodeAs(attest(PDF.clone()));
    assertThat(attest.toString()).doesNotContain("%PDF");
  }

  @Test
  void somethingElseThanAPdfIsRefused() {
    assertThatThrownBy(() -> attest("<html>".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("pdf: must be a PDF document");
    assertThatThrownBy(() -> attest(new byte[0])).hasMessageContaining("pdf");
    assertThatThrownBy(() -> attest(null)).hasMessageContaining("pdf");
  }
}
