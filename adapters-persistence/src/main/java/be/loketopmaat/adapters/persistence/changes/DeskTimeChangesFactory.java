package be.loketopmaat.adapters.persistence.changes;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.value.PropertyResolver;
import jakarta.inject.Singleton;

/**
 * Chooses the change feed by the default datasource: PostgreSQL's LISTEN/NOTIFY, or none for H2.
 */
@Factory
class DeskTimeChangesFactory {

  @Singleton
  @Bean(preDestroy = "close")
  ChangeFeed deskTimeChanges(PropertyResolver properties) {
    String url = properties.get("datasources.default.url", String.class).orElse("");
    if (url.startsWith("jdbc:postgresql:")) {
      return new PostgresDeskTimeChanges(
          url,
          properties.get("datasources.default.username", String.class).orElse(null),
          properties.get("datasources.default.password", String.class).orElse(null));
    }
    return new SingleProcessDeskTimeChanges();
  }
}
