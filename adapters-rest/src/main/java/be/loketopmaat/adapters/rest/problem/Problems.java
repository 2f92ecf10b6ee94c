package be.loketopmaat.adapters.rest.problem;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/** Turns a problem into its HTTP response, with the status and the media type RFC 9457 asks for. */
public final class Problems {
  private Problems() {}

  public static MutableHttpResponse<Problem> response(ProblemLanguage in, Problem problem) {
    return written(in, HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status())))
        .body(problem);
  }

  /**
   * Marks a response as a problem written in {@code in}: its media type, its language, and that
   * another {@code Accept-Language} may get other words (for caches).
   */
  public static <T> MutableHttpResponse<T> written(
      ProblemLanguage in, MutableHttpResponse<T> response) {
    return response
        .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
        .header(HttpHeaders.CONTENT_LANGUAGE, in.tag())
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
  }
}
