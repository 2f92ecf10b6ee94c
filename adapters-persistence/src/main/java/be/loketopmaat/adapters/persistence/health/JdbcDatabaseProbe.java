package be.loketopmaat.adapters.persistence.health;

import be.loketopmaat.application.port.out.DatabaseProbe;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asks the database {@code SELECT 1} over a connection of its own, outside the pool: the pool's
 * wait for a connection is long (requests queue there under load), while this answer must come
 * within about a second. PostgreSQL's driver is given a one-second connect, login and socket
 * timeout. An embedded H2 database lives in the service's own process and cannot be away.
 */
@Singleton
public final class JdbcDatabaseProbe implements DatabaseProbe {
  private static final Logger LOG = Logger.getLogger(JdbcDatabaseProbe.class.getName());
  private static final int SECONDS = 1;

  private final String url;
  private final Properties credentials = new Properties();
  private Connection connection;
  private boolean lastAnswered = true;

  JdbcDatabaseProbe(
      @Value("${datasources.default.url}") String url,
      @Value("${datasources.default.username:}") String user,
      @Value("${datasources.default.password:}") String password) {
    this.url = url;
    credentials.setProperty("user", user);
    credentials.setProperty("password", password);
    credentials.setProperty("connectTimeout", Integer.toString(SECONDS));
    credentials.setProperty("loginTimeout", Integer.toString(SECONDS));
    credentials.setProperty("socketTimeout", Integer.toString(SECONDS + 1));
    credentials.setProperty("ApplicationName", "loket-op-maat probe");
  }

  @Override
  public synchronized boolean answers() {
    if (!url.startsWith("jdbc:postgresql:")) {
      return true;
    }
    try {
      if (connection == null || connection.isClosed()) {
        connection = DriverManager.getConnection(url, credentials);
      }
      try (Statement statement = connection.createStatement()) {
        statement.setQueryTimeout(SECONDS);
        statement.execute("SELECT 1");
      }
      told(true, null);
      return true;
    } catch (SQLException e) {
      close();
      told(false, e);
      return false;
    }
  }

  private void told(boolean answered, SQLException why) {
    if (answered != lastAnswered) {
      if (answered) {
        LOG.info("the database answers again");
      } else {
        LOG.log(Level.WARNING, "the database does not answer: " + why.getMessage());
      }
      lastAnswered = answered;
    }
  }

  private void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // It is being replaced because it failed.
      }
      connection = null;
    }
  }
}
