package be.loketopmaat.adapters.rest.common;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.regex.Pattern;

/**
 * Readers for request fields where serde's coercion would change what the client meant: it reads
 * {@code "presenceRequired": "yes"} as false, {@code "deskMinutes": 12.5} as 12, {@code "reason":
 * 123} as "123", and {@code "start": "9"} as midnight. These accept their JSON type only; anything
 * else is refused by its path like every other wrong type. {@link Text} is the reader of every
 * string in every body.
 */
public final class StrictJson {
  private StrictJson() {}

  /** Only a JSON string: a number, boolean, list or object where text belongs is refused. */
  @Singleton
  public static final class Text implements Deserializer<String> {
    @Override
    public String deserialize(
        Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
      Object value = decoder.decodeArbitrary();
      if (value instanceof String text) {
        return text;
      }
      throw decoder.createDeserializationException(
          "Expected a string but was '" + value + "'", value);
    }
  }

  /** Only a JSON string {@code HH:MM}, 00:00 to 23:59. */
  @Singleton
  public static final class ClockTime implements Deserializer<LocalTime> {
    private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    @Override
    public LocalTime deserialize(
        Decoder decoder, DecoderContext context, Argument<? super LocalTime> type)
        throws IOException {
      Object value = decoder.decodeArbitrary();
      if (value instanceof String text && HH_MM.matcher(text).matches()) {
        return LocalTime.parse(text);
      }
      throw decoder.createDeserializationException(
          "Expected a time as HH:MM but was '" + value + "'", value);
    }
  }

  /** Only JSON {@code true} or {@code false}. */
  @Singleton
  public static final class Bool implements Deserializer<Boolean> {
    @Override
    public Boolean deserialize(
        Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
        throws IOException {
      Object value = decoder.decodeArbitrary();
      if (value instanceof Boolean bool) {
        return bool;
      }
      throw decoder.createDeserializationException(
          "Expected true or false but was '" + value + "'", value);
    }
  }

  /** Only a JSON number without a fraction that fits an int. */
  @Singleton
  public static final class WholeNumber implements Deserializer<Integer> {
    @Override
    public Integer deserialize(
        Decoder decoder, DecoderContext context, Argument<? super Integer> type)
        throws IOException {
      Object value = decoder.decodeArbitrary();
      if (value instanceof Number number
          && !(value instanceof Float)
          && !(value instanceof Double)) {
        try {
          return new BigDecimal(number.toString()).intValueExact();
        } catch (ArithmeticException | NumberFormatException notWhole) {
          // refused below, with the same message as any other wrong value
        }
      }
      throw decoder.createDeserializationException(
          "Expected a whole number but was '" + value + "'", value);
    }
  }
}
