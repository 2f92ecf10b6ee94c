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

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, Exception exception) {
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
}
