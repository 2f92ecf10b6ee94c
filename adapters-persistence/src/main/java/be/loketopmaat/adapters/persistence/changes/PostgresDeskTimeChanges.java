package be.loketopmaat.adapters.persistence.changes;

import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.location.LocationCode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes of desk time by any instance, from PostgreSQL's {@code LISTEN desk_time_changed} (a
 * trigger on {@code desk_time} notifies every committed change). One daemon thread holds its own
 * connection, outside the pool, and waits for notifications; when the connection is lost it tells
 * the listener that changes may have been missed, and connects again.
 */
final class PostgresDeskTimeChanges implements ChangeFeed {
  static final String CHANNEL = "desk_time_changed";
  private static final Logger LOG = LoggerFactory.getLogger(PostgresDeskTimeChanges.class);
  private static final int WAIT_MILLIS = 500;
  private static final Duration RETRY = Duration.ofSeconds(1);

  private final String url;
  private final String user;
  private final String password;
  private volatile boolean running = true;
  private volatile boolean connected;
  private Thread thread;

  PostgresDeskTimeChanges(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  @Override
  public synchronized void listen(Listener listener) {
    if (thread != null) {
      throw new IllegalStateException("desk-time changes are already delivered to a listener");
    }
    thread = new Thread(() -> run(listener), "desk-time-changes");
    thread.setDaemon(true);
    thread.start();
  }

  /** Whether the feed is connected and listening now. */
  public boolean connected() {
    return connected;
  }

  private void run(Listener listener) {
    while (running) {
      try (Connection connection = DriverManager.getConnection(url, user, password)) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("LISTEN " + CHANNEL);
        }
        connected = true;
        // Whatever changed while there was no connection was not heard.
        listener.mayHaveMissedChanges();
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
          if (notifications != null) {
            for (PGNotification notification : notifications) {
              deliver(listener, notification.getParameter());
            }
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (running) {
          LOG.warn(
              "Lost the desk-time change feed ({}); listening again in {}", e.getMessage(), RETRY);
        }
      } finally {
        connected = false;
      }
      if (running) {
        listener.mayHaveMissedChanges();
        pause();
      }
    }
  }

  private static void deliver(Listener listener, String payload) {
    try {
      if (payload.startsWith(TAKEN)) {
        listener.taken(taken(payload));
        return;
      }
      int bar = payload.lastIndexOf('|');
      listener.changed(
          new LocationCode(payload.substring(0, bar)), LocalDate.parse(payload.substring(bar + 1)));
    } catch (RuntimeException e) {
      // A payload this version cannot read (written by another version, say): forget everything
      // instead.
      LOG.warn("Unreadable desk-time change '{}': {}", payload, e.getMessage());
      listener.mayHaveMissedChanges();
    }
  }

  /** How a new row is told (see V29_1): "+|id|location|start|end|expires or nothing|desk". */
  private static final String TAKEN = "+|";

  private static DeskTime taken(String payload) {
    String[] fields = payload.split("\\|", 7);
    if (fields.length != 7) {
      throw new IllegalArgumentException("expected 7 fields");
    }
    return new DeskTime(
        UUID.fromString(fields[1]),
        new LocationCode(fields[2]),
        fields[6],
        LocalDateTime.parse(fields[3]),
        LocalDateTime.parse(fields[4]),
        fields[5].isEmpty() ? null : LocalDateTime.parse(fields[5]));
  }

  private static void pause() {
    try {
      Thread.sleep(RETRY.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    running = false;
    Thread listening = thread;
    if (listening != null) {
      listening.interrupt();
    }
  }
}
