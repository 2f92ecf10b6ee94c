package be.loketopmaat.adapters.rest.kiosk;

import be.loketopmaat.adapters.rest.problem.Problem;
import be.loketopmaat.adapters.rest.problem.ProblemLanguage;
import be.loketopmaat.adapters.rest.problem.ProblemType;
import be.loketopmaat.adapters.rest.problem.Problems;
import be.loketopmaat.application.KioskRefusedException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A kiosk request that opens nothing: 401 (with the kiosk's challenge scheme) or 403. */
@Singleton
final class KioskRefusedHandler
    implements ExceptionHandler<KioskRefusedException, HttpResponse<Problem>> {
  @Override
  public HttpResponse<Problem> handle(HttpRequest request, KioskRefusedException exception) {
    ProblemLanguage in = ProblemLanguage.of(request);
    if (exception.forbidden()) {
      return Problems.response(
          in, Problem.of(in, ProblemType.FORBIDDEN, exception.phrase(), request.getPath()));
    }
    return Problems.response(
            in, Problem.of(in, ProblemType.UNAUTHORIZED, exception.phrase(), request.getPath()))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Kiosk realm=\"kiosk\"");
  }
}
