package be.loketopmaat.adapters.persistence.jdbc;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Direct SQL for the tests: emptying the tables before each test, and counting rows the ports do
 * not show.
 */
public final class Tables {
  private Tables() {}

  public static void clear(TransactionOperations<Connection> transactions) {
    transactions.executeWrite(
        status -> {
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

  /** Empties the named tables, in that order (children before parents). */
  public static void empty(TransactionOperations<Connection> transactions, String... tables) {
    transactions.executeWrite(
        status -> {
          try (Statement statement = status.getConnection().createStatement()) {
            for (String table : tables) {
              statement.executeUpdate("DELETE FROM " + table);
            }
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
          return null;
        });
  }

  public static long rows(TransactionOperations<Connection> transactions, String table) {
    return transactions.executeRead(
        status -> {
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
