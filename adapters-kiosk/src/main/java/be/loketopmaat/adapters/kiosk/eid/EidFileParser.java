package be.loketopmaat.adapters.kiosk.eid;

import be.loketopmaat.adapters.kiosk.hardware.EidAddress;
import be.loketopmaat.adapters.kiosk.hardware.EidIdentity;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the identity file (3F00/DF01/4031) and the address file (4033) into typed records.
 *
 * <p>Identity tags: 01 card number, 02 chip number, 03 and 04 validity begin and end ({@code
 * DD.MM.YYYY}), 05 issuing municipality, 06 national number, 07 last name, 08 first names, 09
 * initial of the third given name, 0A nationality, 0B birth place, 0C birth date ({@code DD MMM
 * YYYY} with the month written in the language of the issuing municipality: {@code 12 MEI 1985},
 * {@code 12 MAI 1985}, {@code 12.MAR.1985}), 0D sex (M, or F/V/W), 11 hash of the photo. Address
 * tags: 01 street and number, 02 postal code, 03 municipality. Text is UTF-8. Tag 00 (file version)
 * and tags not listed are skipped.
 */
public final class EidFileParser {
  private static final String[][] MONTHS = {
    {"JAN"}, {"FEV", "FEB"}, {"MARS", "MAAR", "MÄR", "MAR"}, {"AVR", "APR"}, {"MAI", "MEI"},
    {"JUIN", "JUN"}, {"JUIL", "JUL"}, {"AOUT", "AOÛT", "AUG"}, {"SEPT", "SEP"}, {"OCT", "OKT"},
    {"NOV"}, {"DEC", "DÉC", "DEZ"}
  };

  private EidFileParser() {}

  public static EidIdentity identity(byte[] file) {
    Map<Integer, byte[]> fields = Tlv.parse(file);
    return new EidIdentity(
        required(fields, 0x01, "card number"),
        text(fields, 0x02),
        cardDate(required(fields, 0x03, "validity begin")),
        cardDate(required(fields, 0x04, "validity end")),
        text(fields, 0x05),
        nationalNumber(required(fields, 0x06, "national number")),
        required(fields, 0x07, "last name"),
        text(fields, 0x08),
        text(fields, 0x09),
        text(fields, 0x0A),
        text(fields, 0x0B),
        birthDate(required(fields, 0x0C, "birth date")),
        sex(required(fields, 0x0D, "sex")),
        fields.getOrDefault(0x11, new byte[0]));
  }

  public static EidAddress address(byte[] file) {
    Map<Integer, byte[]> fields = Tlv.parse(file);
    return new EidAddress(
        required(fields, 0x01, "street and number"),
        required(fields, 0x02, "postal code"),
        required(fields, 0x03, "municipality"));
  }

  private static String required(Map<Integer, byte[]> fields, int tag, String name) {
    String value = text(fields, tag);
    if (value.isEmpty()) {
      throw new MalformedEidFileException(
          "the " + name + " (tag 0x" + Integer.toHexString(tag) + ") is missing");
    }
    return value;
  }

  private static String text(Map<Integer, byte[]> fields, int tag) {
    byte[] value = fields.get(tag);
    return value == null ? "" : new String(value, StandardCharsets.UTF_8).trim();
  }

  private static NationalNumber nationalNumber(String digits) {
    try {
      return NationalNumber.of(digits);
    } catch (InvalidInputException e) {
      throw new MalformedEidFileException("the national number on the card is not valid", e);
    }
  }

  /** {@code DD.MM.YYYY}, as the validity dates are written. */
  static LocalDate cardDate(String value) {
    String[] parts = value.split("\\.", -1);
    if (parts.length != 3) {
      throw new MalformedEidFileException("not a DD.MM.YYYY date: " + value);
    }
    return date(parts[2], parts[1], parts[0], value);
  }

  /** {@code DD MMM YYYY}, with a Dutch, French or German month abbreviation, or a month number. */
  static LocalDate birthDate(String value) {
    String[] parts = value.trim().split("[ .\\-]+", -1);
    if (parts.length != 3) {
      throw new MalformedEidFileException("not a DD MMM YYYY date: " + value);
    }
    String month = parts[1].toUpperCase(Locale.ROOT);
    if (month.matches("[0-9]{1,2}")) {
      return date(parts[2], month, parts[0], value);
    }
    for (int m = 0; m < MONTHS.length; m++) {
      for (String name : MONTHS[m]) {
        if (month.equals(name)) {
          return date(parts[2], Integer.toString(m + 1), parts[0], value);
        }
      }
    }
    throw new MalformedEidFileException("unknown month in " + value);
  }

  private static LocalDate date(String year, String month, String day, String value) {
    try {
      return LocalDate.of(
          Integer.parseInt(year.trim()),
          Integer.parseInt(month.trim()),
          Integer.parseInt(day.trim()));
    } catch (NumberFormatException | DateTimeException e) {
      throw new MalformedEidFileException("not a date: " + value, e);
    }
  }

  private static EidIdentity.Sex sex(String value) {
    switch (value.toUpperCase(Locale.ROOT)) {
      case "M":
        return EidIdentity.Sex.MALE;
      case "F":
      case "V":
      case "W":
        return EidIdentity.Sex.FEMALE;
      default:
        throw new MalformedEidFileException("unknown sex code " + value);
    }
  }
}
