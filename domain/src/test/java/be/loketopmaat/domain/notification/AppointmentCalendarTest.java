package be.loketopmaat.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AppointmentCalendarTest {

  @Test
  void escapesBackslashSemicolonCommaAndEveryKindOfLineBreak() {
    assertThat(AppointmentCalendar.text("a\\b;c,d\ne\r\nf\rg"))
        .isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
  }

  @Test
  void aLineOf75OctetsIsNotFolded() {
    String line = "X".repeat(75);

    assertThat(AppointmentCalendar.fold(line)).isEqualTo(line);
  }

  @Test
  void continuationLinesStartWithASpaceThatCountsTowardsTheirLength() {
    String folded = AppointmentCalendar.fold("X".repeat(75 + 74 + 1));

    assertThat(folded.split("\r\n")).containsExactly("X".repeat(75), " " + "X".repeat(74), " X");
  }

  @Test
  void neverSplitsAMultiByteCharacter() {
    // 'é' is two octets: 37 of them are 74 octets, and the 38th would straddle the limit.
    String folded = AppointmentCalendar.fold("é".repeat(40));

    String[] lines = folded.split("\r\n", -1);
    assertThat(lines[0]).isEqualTo("é".repeat(37));
    assertThat(lines[1]).isEqualTo(" " + "é".repeat(3));
    for (String line : lines) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    }
  }

  @Test
  void folding_thenUnfolding_givesTheLineBack() {
    String line = "DESCRIPTION:" + "Référence: K7M-4QXD, produits: eid-application; ".repeat(5);

    assertThat(AppointmentCalendar.fold(line).replace("\r\n ", "")).isEqualTo(line);
  }

  @Test
  void countsTheOctetsUtf8TakesForEveryCodePointAsTheJdkEncodesIt() {
    for (int codePoint :
        new int[] {
          'a', 0x7F, 0x80, 'é', 0x7FF, 0x800, '€', 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF
        }) {
      assertThat(AppointmentCalendar.utf8Octets(codePoint))
          .as("U+%04X", codePoint)
          .isEqualTo(
              new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length);
    }
  }
}
