package be.loketopmaat.adapters.rest.staff;

import be.loketopmaat.adapters.rest.problem.Problem;
import be.loketopmaat.adapters.rest.problem.ProblemLanguage;
import be.loketopmaat.adapters.rest.problem.ProblemType;
import be.loketopmaat.adapters.rest.problem.Problems;
import be.loketopmaat.domain.common.Phrase;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/**
 * A refused staff request as problem+json: 401 with a bearer challenge when nobody (or an invalid
 * token) signed in, 403 when the signed-in person's roles do not allow it.
 */
@Singleton
@Produces
@Replaces(DefaultAuthorizationExceptionHandler.class)
public final class StaffAuthorizationHandler
    implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

  @Override
  public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
    String path = request.getPath();
    ProblemLanguage in = ProblemLanguage.of(request);
    if (exception.isForbidden()) {
      return Problems.response(
          in,
          Problem.of(
              in,
              ProblemType.FORBIDDEN,
              Phrase.of("Your roles do not allow this: it needs another staff role."),
              path));
    }
    boolean presented = request.getHeaders().get(HttpHeaders.AUTHORIZATION) != null;
    return Problems.response(
            in,
            Problem.of(
                in,
                ProblemType.UNAUTHORIZED,
                presented
                    ? Phrase.of(
                        "The staff token is not valid (unknown, expired or signed by another"
                            + " key).")
                    : Phrase.of("Staff endpoints need an 'Authorization: Bearer <token>' header."),
                path))
        .header(
            HttpHeaders.WWW_AUTHENTICATE,
            presented
                ? "Bearer realm=\"staff\", error=\"invalid_token\""
                : "Bearer realm=\"staff\"");
  }
}
