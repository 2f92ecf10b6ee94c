package be.loketopmaat.adapters.kiosk.eid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.kiosk.hardware.EidAddress;
import be.loketopmaat.adapters.kiosk.hardware.EidIdentity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fixtures written byte by byte from the identity and address file layout, not by the code under
 * test.
 */
class EidFileParserTest {
  private static final byte[] PHOTO_HASH = new byte[32];

  static {
    for (int i = 0; i < 32; i++) {
      PHOTO_HASH[i] = (byte) (0xA0 + i);
    }
  }

  private static void field(ByteArrayOutputStream out, int tag, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.write(tag);
    out.write(bytes.length);
    out.writeBytes(bytes);
  }

  private static byte[] identityFile(String birthDate, String sex, String nationalNumber) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {0x00, 0x01, 0x01});
    field(out, 0x01, "592123456789");
    out.writeBytes(new byte[] {0x02, 0x04, 0x53, 0x4C, 0x49, 0x4E});
    field(out, 0x03, "14.02.2022");
    field(out, 0x04, "14.02.2032");
    field(out, 0x05, "Antwerpen");
    field(out, 0x06, nationalNumber);
    field(out, 0x07, "Peeters");
    field(out, 0x08, "Anna Maria");
    field(out, 0x09, "J");
    field(out, 0x0A, "Belg");
    field(out, 0x0B, "Borgerhout");
    field(out, 0x0C, birthDate);
    field(out, 0x0D, sex);
    field(out, 0x0E, "");
    field(out, 0x0F, "1");
    out.write(0x11);
    out.write(32);
    out.writeBytes(PHOTO_HASH);
    return out.toByteArray();
  }

  @Test
  void readsEveryFieldOfTheIdentityFile() {
    EidIdentity identity = EidFileParser.identity(identityFile("12 MEI 1985", "V", "85051212376"));
    assertThat(identity.cardNumber()).isEqualTo("592123456789");
    assertThat(identity.chipNumber()).isEqualTo("SLIN");
    assertThat(identity.validFrom()).isEqualTo(LocalDate.of(2022, 2, 14));
    assertThat(identity.validUntil()).isEqualTo(LocalDate.of(2032, 2, 14));
    assertThat(identity.issuingMunicipality()).isEqualTo("Antwerpen");
    assertThat(identity.nationalNumber().digits()).isEqualTo("85051212376");
    assertThat(identity.lastName()).isEqualTo("Peeters");
    assertThat(identity.firstNames()).isEqualTo("Anna Maria");
    assertThat(identity.thirdNameInitial()).isEqualTo("J");
    assertThat(identity.nationality()).isEqualTo("Belg");
    assertThat(identity.birthPlace()).isEqualTo("Borgerhout");
    assertThat(identity.birthDate()).isEqualTo(LocalDate.of(1985, 5, 12));
    assertThat(identity.sex()).isEqualTo(EidIdentity.Sex.FEMALE);
    assertThat(identity.photoDigest()).isEqualTo(PHOTO_HASH);
    assertThat(identity.toString()).doesNotContain("85051212376");
  }

  @ParameterizedTest
  @CsvSource({
    "12 MEI 1985,1985-05-12",
    "12 MAI 1985,1985-05-12",
    "01 FEV 2001,2001-02-01",
    "01.FEB.2001,2001-02-01",
    "03 MÄR 1970,1970-03-03",
    "03 MARS 1970,1970-03-03",
    "31 AOUT 1999,1999-08-31",
    "05 OKT 1960,1960-10-05",
    "24 DEZ 1950,1950-12-24",
    "24 DÉC 1950,1950-12-24",
    "07 07 1977,1977-07-07"
  })
  void readsBirthDatesInTheThreeLanguages(String written, LocalDate expected) {
    assertThat(EidFileParser.birthDate(written)).isEqualTo(expected);
  }

  @Test
  void readsTheSexCodes() {
    assertThat(EidFileParser.identity(identityFile("12 MEI 1985", "M", "85051212376")).sex())
        .isEqualTo(EidIdentity.Sex.MALE);
    assertThat(EidFileParser.identity(identityFile("12 MEI 1985", "W", "85051212376")).sex())
        .isEqualTo(EidIdentity.Sex.FEMALE);
    assertThatThrownBy(
            () -> EidFileParser.identity(identityFile("12 MEI 1985", "X", "85051212376")))
        .isInstanceOf(MalformedEidFileException.class)
        .hasMessageContaining("sex");
  }

  @Test
  void refusesANationalNumberWithWrongCheckDigits() {
    assertThatThrownBy(
            () -> EidFileParser.identity(identityFile("12 MEI 1985", "M", "85051212377")))
        .isInstanceOf(MalformedEidFileException.class)
        .hasMessageContaining("national number");
  }

  @Test
  void refusesAnUnknownMonthOrAnImpossibleDate() {
    assertThatThrownBy(
            () -> EidFileParser.identity(identityFile("12 XYZ 1985", "M", "85051212376")))
        .isInstanceOf(MalformedEidFileException.class)
        .hasMessageContaining("month");
    assertThatThrownBy(() -> EidFileParser.cardDate("30.02.2030"))
        .isInstanceOf(MalformedEidFileException.class);
    assertThatThrownBy(() -> EidFileParser.cardDate("2030-02-01"))
        .isInstanceOf(MalformedEidFileException.class);
  }

  @Test
  void refusesAnIdentityWithoutCardNumber() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    field(out, 0x03, "14.02.2022");
    assertThatThrownBy(() -> EidFileParser.identity(out.toByteArray()))
        .isInstanceOf(MalformedEidFileException.class)
        .hasMessageContaining("card number");
  }

  @Test
  void readsThePaddedAddressFile() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {0x00, 0x01, 0x01});
    field(out, 0x01, "Grote Markt 1 bus 3");
    field(out, 0x02, "2000");
    field(out, 0x03, "Antwerpen");
    out.writeBytes(new byte[40]);
    EidAddress address = EidFileParser.address(out.toByteArray());
    assertThat(address).isEqualTo(new EidAddress("Grote Markt 1 bus 3", "2000", "Antwerpen"));
    assertThat(address.toString()).doesNotContain("Grote Markt");
  }

  @Test
  void anAddressWithoutMunicipalityIsMalformed() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    field(out, 0x01, "Grote Markt 1");
    field(out, 0x02, "2000");
    assertThatThrownBy(() -> EidFileParser.address(out.toByteArray()))
        .isInstanceOf(MalformedEidFileException.class)
        .hasMessageContaining("municipality");
  }
}
