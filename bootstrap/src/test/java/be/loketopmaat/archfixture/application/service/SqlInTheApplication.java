package be.loketopmaat.archfixture.application.service;

/** Breaks "the application depends only on the domain": it reaches for JDBC. */
public class SqlInTheApplication {
  public java.sql.Connection connection() {
    return null;
  }
}
