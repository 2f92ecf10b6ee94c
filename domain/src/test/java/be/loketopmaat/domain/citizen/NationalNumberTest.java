package be.loketopmaat.domain.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NationalNumberTest {

  @Test
  void bornBefore2000() {
    // 85073100328: first nine 850731003, 850731003 mod 97 = 69, 97 - 69 = 28.
    assertThat(NationalNumber.of("85.07.31-003.28").digits()).isEqualTo("85073100328");
    assertThat(NationalNumber.of("850731-003-28").formatted()).isEqualTo("850731-003-28");
  }

  @Test
  void bornFrom2000TheNineDigitsArePrefixedWithTwo() {
    // 2 000 000 000 + 010203001 = 2010203001; mod 97 = 27; 97 - 27 = 70.
    assertThat(2_010_203_001L % 97).isEqualTo(27);
    assertThat(NationalNumber.of("01020300170").digits()).isEqualTo("01020300170");
    // Without the prefix the check is 97 - (10203001 mod 97) = 41: someone born in 1901, also
    // accepted,
    // since the century is not written. Any other check digits are refused.
    assertThat(10_203_001L % 97).isEqualTo(56);
    assertThat(NationalNumber.of("01020300141").digits()).isEqualTo("01020300141");
    assertThatThrownBy(() -> NationalNumber.of("01020300162"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void bisNumbersAddTwentyOrFortyToTheMonth() {
    // Month 07 + 40 = 47: 854731003 mod 97 = 80, check 17.
    assertThat(854_731_003L % 97).isEqualTo(80);
    NationalNumber bis = NationalNumber.of("85473100317");
    assertThat(bis.isBis()).isTrue();
    assertThat(NationalNumber.of("85073100328").isBis()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "85073100329",
        "8507310032",
        "850731003280",
        "85.07.31-003.2X",
        "85133100300",
        "85073200300"
      })
  void refusesWhatIsNoNationalNumber(String value) {
    assertThatThrownBy(() -> NationalNumber.of(value))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("insz:");
  }

  @Test
  void neverShowsTheWholeNumberInLogs() {
    assertThat(NationalNumber.of("85073100328").toString()).isEqualTo("850731-***-**");
  }
}
