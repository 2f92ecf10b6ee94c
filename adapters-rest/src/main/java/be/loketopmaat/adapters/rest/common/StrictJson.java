package be.loketopmaat.adapters.rest.common;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Readers for request fields where serde's coercion would change what the client meant: it reads
 * {@code "presenceRequired": "yes"} as false, and {@code "deskMinutes": 12.5} as 12. These fields
 * accept their JSON type only; anything else is refused by its path like every other wrong type.
 */
public final class StrictJson {
  private StrictJson() {}

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
