package be.loketopmaat.adapters.rest.problem;

import be.loketopmaat.domain.common.Phrase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any exception that no more specific handler claims: a bug or an outage, never the client's doing.
 * It is logged here with a reference that the answer repeats, so that a citizen's or integrator's
 * report can be matched with the log without the answer revealing anything of the cause.
 */
@Singleton
final class UnexpectedExceptionHandler
    implements ExceptionHandler<Exception, HttpResponse<Problem>> {
  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionHandler.class);

  private static final String CONNECTION_EXCEPTION =
      "io.micronaut.data.connection.exceptions.ConnectionException";

  /** How long a client waits before trying again when the database was away. */
  private static final long RETRY_SECONDS = 5;

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, Exception exception) {
    if (databaseAway(exception)) {
      // Not a defect: the database went away under this request (the gate had not seen it yet).
      LOG.warn(
          "{} {}: the database did not answer: {}",
          request.getMethodName(),
          request.getPath(),
          exception.getMessage());
      ProblemLanguage in = ProblemLanguage.of(request);
      return Problems.response(
              in,
              Problem.of(
                  in,
                  ProblemType.DATABASE_UNAVAILABLE,
                  Phrase.of(
                      "The service cannot reach its database just now; try again in {0} seconds.",
                      RETRY_SECONDS),
                  request.getPath()))
          .header(io.micronaut.http.HttpHeaders.RETRY_AFTER, Long.toString(RETRY_SECONDS));
    }
    // The request's own id: in the log lines, the answer's header and the problem alike.
    String reference =
        be.loketopmaat.adapters.rest.http.RequestIds.of(request)
            .orElseGet(() -> UUID.randomUUID().toString());
    LOG.error(
        "Unexpected error {} on {} {}",
        reference,
        request.getMethodName(),
        request.getPath(),
        exception);
    ProblemLanguage in = ProblemLanguage.of(request);
    return Problems.response(
        in,
        Problem.of(
            in,
            ProblemType.INTERNAL_ERROR,
            Phrase.of(
                "The server could not handle this request. The error has been logged with"
                    + " reference {0}.",
                reference),
            request.getPath()));
  }

  /**
   * Whether the failure is the database's absence: no connection within the pool's wait (JDBC's
   * transient connection failure) or a connection error (SQL state class 08).
   */
  static boolean databaseAway(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLTransientConnectionException
          || cause instanceof java.sql.SQLNonTransientConnectionException
          || cause instanceof java.sql.SQLRecoverableException
          // Micronaut Data's failure to use a connection the database dropped (named, not
          // imported: this adapter does not depend on the persistence stack).
          || CONNECTION_EXCEPTION.equals(cause.getClass().getName())) {
        return true;
      }
      if (cause instanceof java.sql.SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
