package be.loketopmaat.adapters.persistence.jdbc;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct SQL for the tests: emptying the tables before each test, and counting rows the ports do not show. */
final class Tables {
  private Tables() {}

  static void clear(TransactionOperations<Connection> transactions) {
    transactions.executeWrite(status -> {
      try (Statement statement = status.getConnection().createStatement()) {
        statement.executeUpdate("DELETE FROM location_calendar_exception");
        statement.executeUpdate("DELETE FROM location");
        statement.executeUpdate("DELETE FROM product");
        statement.executeUpdate("DELETE FROM city_profile");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return null;
    });
  }

  static long rows(TransactionOperations<Connection> transactions, String table) {
    return transactions.executeRead(status -> {
      try (Statement statement = status.getConnection().createStatement();
          ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
        result.next();
        return result.getLong(1);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }
}
