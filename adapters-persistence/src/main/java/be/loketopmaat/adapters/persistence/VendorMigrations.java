package be.loketopmaat.adapters.persistence;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.value.PropertyResolver;
import io.micronaut.flyway.FlywayConfigurationProperties;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.stream.Stream;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Adds the PostgreSQL-only migrations ({@value #POSTGRESQL}) to Flyway's locations when the
 * datasource is PostgreSQL. They hold what H2 cannot run (the constraint that refuses overlapping
 * desk time); the common migrations stay in Flyway's default location, {@code db/migration}, which
 * they never share.
 *
 * <p>The adapter decides this itself rather than leaving it to each deployment's configuration:
 * neither Flyway nor Micronaut resolves a {@code {vendor}} placeholder in locations (that is Spring
 * Boot's), and a PostgreSQL deployment that forgot the location would silently run without the
 * constraint.
 */
@Singleton
class VendorMigrations implements BeanCreatedEventListener<FlywayConfigurationProperties> {
  static final String POSTGRESQL = "classpath:db/vendor/postgresql";

  private final PropertyResolver properties;

  VendorMigrations(PropertyResolver properties) {
    this.properties = properties;
  }

  @Override
  public FlywayConfigurationProperties onCreated(
      BeanCreatedEvent<FlywayConfigurationProperties> event) {
    FlywayConfigurationProperties flyway = event.getBean();
    if (isPostgres(flyway)) {
      FluentConfiguration configuration = flyway.getFluentConfiguration();
      Location vendor = new Location(POSTGRESQL);
      if (Arrays.stream(configuration.getLocations()).noneMatch(vendor::equals)) {
        configuration.locations(
            Stream.concat(Arrays.stream(configuration.getLocations()), Stream.of(vendor))
                .toArray(Location[]::new));
      }
    }
    return flyway;
  }

  /**
   * By the JDBC URL Flyway will use: its own when configured, else that of the datasource of the
   * same name.
   */
  private boolean isPostgres(FlywayConfigurationProperties flyway) {
    String url =
        flyway.hasAlternativeDatabaseConfiguration()
            ? flyway.getUrl()
            : properties
                .get("datasources." + flyway.getNameQualifier() + ".url", String.class)
                .orElse("");
    return url != null && url.startsWith("jdbc:postgresql:");
  }
}
