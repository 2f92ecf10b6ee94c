package be.loketopmaat.adapters.persistence.jdbc;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes and reads the JSON documents of the TEXT columns. */
@Singleton
class JsonColumns {
  private final ObjectMapper json;

  JsonColumns(ObjectMapper json) {
    this.json = json;
  }

  <T> String write(Argument<T> type, T document) {
    try {
      return json.writeValueAsString(type, document);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a " + type.getTypeName() + " document", e);
    }
  }

  <T> T read(Argument<T> type, String text) {
    try {
      return json.readValue(text, type);
    } catch (IOException e) {
      // Only this adapter writes these columns, so an unreadable document is a bug or a failed
      // migration.
      throw new UncheckedIOException("cannot read a stored " + type.getTypeName() + " document", e);
    }
  }
}
