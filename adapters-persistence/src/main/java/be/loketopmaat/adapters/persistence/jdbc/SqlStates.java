package be.loketopmaat.adapters.persistence.jdbc;

import java.sql.SQLException;

/** Recognises database errors by their standard SQLState, which PostgreSQL and H2 share. */
public final class SqlStates {
  public static final String UNIQUE_VIOLATION = "23505";

  /** PostgreSQL only: an exclusion constraint refused the row. */
  public static final String EXCLUSION_VIOLATION = "23P01";

  public static final String DEADLOCK_DETECTED = "40P01";
  public static final String SERIALIZATION_FAILURE = "40001";

  private SqlStates() {}

  /**
   * Whether the SQL error behind {@code failure} (wrapped by Micronaut Data, or batched) has this
   * state.
   */
  public static boolean causedBy(Throwable failure, String sqlState) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
          if (sqlState.equals(e.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
