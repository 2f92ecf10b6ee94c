package be.loketopmaat.adapters.persistence.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * How deep the two outboxes are and how long their oldest queued entry has waited, as gauges: the
 * citizens' messages ({@code outbox_message}) and the calls to federal systems ({@code
 * federal_call}). A growing age is the sign of a partner or mail server that is away. Read with two
 * queries at most once every {@link #FRESH} however many gauges a scrape reads; with the database
 * away the gauges are NaN (Micrometer's "no value"), never a stalled scrape beyond the pool's
 * connection timeout.
 */
@Singleton
public final class OutboxGauges implements MeterBinder {
  static final Duration FRESH = Duration.ofSeconds(5);
  private static final Logger LOG = Logger.getLogger(OutboxGauges.class.getName());

  /**
   * Looked up on the first read: the pool itself reports to the meter registry, which binds these
   * gauges, so asking for it at construction would go round in a circle (each turn a new pool).
   */
  private final Provider<DataSource> dataSource;

  private final Clock clock;
  private Depths last;
  private Instant readAt = Instant.MIN;

  record Depth(long queued, long failed, double oldestQueuedSeconds) {}

  record Depths(Depth messages, Depth calls) {
    static final Depths UNKNOWN =
        new Depths(new Depth(-1, -1, Double.NaN), new Depth(-1, -1, Double.NaN));
  }

  OutboxGauges(Provider<DataSource> dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    gauge(
        registry,
        "loket.outbox.queued",
        "Citizens' messages waiting to be sent",
        d -> count(d.messages().queued()));
    gauge(
        registry,
        "loket.outbox.failed",
        "Citizens' messages given up on (dead letters)",
        d -> count(d.messages().failed()));
    gauge(
        registry,
        "loket.outbox.oldest.queued.seconds",
        "How long the oldest waiting message has waited",
        d -> d.messages().oldestQueuedSeconds());
    gauge(
        registry,
        "loket.federal.calls.queued",
        "Calls to federal systems waiting to be sent",
        d -> count(d.calls().queued()));
    gauge(
        registry,
        "loket.federal.calls.failed",
        "Calls to federal systems given up on",
        d -> count(d.calls().failed()));
    gauge(
        registry,
        "loket.federal.calls.oldest.queued.seconds",
        "How long the oldest waiting federal call has waited",
        d -> d.calls().oldestQueuedSeconds());
  }

  private void gauge(
      MeterRegistry registry, String name, String description, ToDoubleFunction<Depths> value) {
    Gauge.builder(name, this, gauges -> value.applyAsDouble(gauges.depths()))
        .description(description)
        .register(registry);
  }

  private static double count(long value) {
    return value < 0 ? Double.NaN : value;
  }

  synchronized Depths depths() {
    Instant now = clock.instant();
    if (last != null && readAt.plus(FRESH).isAfter(now)) {
      return last;
    }
    // Times are stored as the city's wall clock, the clock's zone (timestamps without a zone).
    LocalDateTime wallClock = LocalDateTime.now(clock);
    // The pool itself: the bean is transaction-aware, and a scrape runs in no transaction.
    try (Connection connection =
            DelegatingDataSource.unwrapDataSource(dataSource.get()).getConnection();
        Statement statement = connection.createStatement()) {
      last =
          new Depths(
              depth(statement, "outbox_message", wallClock),
              depth(statement, "federal_call", wallClock));
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.FINE, "outbox gauges: the database did not answer", e);
      last = Depths.UNKNOWN;
    }
    readAt = now;
    return last;
  }

  private static Depth depth(Statement statement, String table, LocalDateTime now)
      throws SQLException {
    try (ResultSet row =
        statement.executeQuery(
            "SELECT count(*) FILTER (WHERE status = 'QUEUED'),"
                + " count(*) FILTER (WHERE status = 'FAILED'),"
                + " min(created_at) FILTER (WHERE status = 'QUEUED') FROM "
                + table)) {
      row.next();
      Timestamp oldest = row.getTimestamp(3);
      double age =
          oldest == null
              ? 0
              : Math.max(0, Duration.between(oldest.toLocalDateTime(), now).toMillis() / 1000.0);
      return new Depth(row.getLong(1), row.getLong(2), age);
    }
  }
}
