package be.loketopmaat.adapters.persistence.appointment;

import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The read of taken desk time, in plain JDBC: the service's hottest query (every slot search, every
 * booking's first look, every day its view of taken time reads again), returning hundreds of rows
 * of six columns. Micronaut Data's entity mapper spent about 70% of this read's time mapping
 * (column names worked out again per row and column, conversions looked up per value), measured
 * with JFR during the benchmark's sustained bookings; here each value is read by position. It joins
 * the caller's transaction, as the repositories do.
 */
@Singleton
class TakenTimeQuery {
  private final TransactionOperations<Connection> operations;

  TakenTimeQuery(TransactionOperations<Connection> operations) {
    this.operations = operations;
  }

  /**
   * Active desk time of every kind at these locations that starts in [startsFrom, to) and ends
   * after {@code from}, holds only while not expired at {@code now}.
   */
  List<DeskTime> read(
      Collection<LocationCode> locations,
      LocalDateTime startsFrom,
      LocalDateTime from,
      LocalDateTime to,
      LocalDateTime now) {
    Map<String, LocationCode> codes = new LinkedHashMap<>();
    locations.forEach(code -> codes.putIfAbsent(code.value(), code));
    if (codes.isEmpty()) {
      return List.of();
    }
    String sql =
        "SELECT id, location_code, desk, start_at, end_at, expires_at FROM desk_time"
            + " WHERE active AND location_code IN ("
            + String.join(", ", Collections.nCopies(codes.size(), "?"))
            + ") AND start_at >= ? AND start_at < ? AND end_at > ?"
            + " AND (expires_at IS NULL OR expires_at > ?)";
    try (PreparedStatement statement = operations.getConnection().prepareStatement(sql)) {
      int index = 1;
      for (String code : codes.keySet()) {
        statement.setString(index++, code);
      }
      statement.setObject(index++, startsFrom);
      statement.setObject(index++, to);
      statement.setObject(index++, from);
      statement.setObject(index, now);
      List<DeskTime> taken = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          taken.add(
              new DeskTime(
                  rows.getObject(1, UUID.class),
                  codes.get(rows.getString(2)),
                  rows.getString(3),
                  rows.getObject(4, LocalDateTime.class),
                  rows.getObject(5, LocalDateTime.class),
                  rows.getObject(6, LocalDateTime.class)));
        }
      }
      return taken;
    } catch (SQLException e) {
      throw new DataAccessException("could not read the taken desk time", e);
    }
  }
}
