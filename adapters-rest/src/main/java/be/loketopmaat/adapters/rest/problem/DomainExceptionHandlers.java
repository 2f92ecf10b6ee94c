package be.loketopmaat.adapters.rest.problem;

import be.loketopmaat.application.AlreadyExistsException;
import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.domain.common.InvalidInputException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** The application's and the domain's exceptions, each as its kind of problem. */
final class DomainExceptionHandlers {
  private DomainExceptionHandlers() {}

  @Singleton
  static final class InvalidInput implements ExceptionHandler<InvalidInputException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InvalidInputException exception) {
      return Problems.response(Problem.invalid(
          "The request was refused; each entry of 'errors' names a field and what is wrong with it.",
          request.getPath(),
          exception.violations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList()));
    }
  }

  @Singleton
  static final class NotFound implements ExceptionHandler<NotFoundException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, NotFoundException exception) {
      return Problems.response(Problem.of(ProblemType.NOT_FOUND, exception.getMessage(), request.getPath()));
    }
  }

  @Singleton
  static final class AlreadyExists implements ExceptionHandler<AlreadyExistsException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, AlreadyExistsException exception) {
      return Problems.response(Problem.of(ProblemType.ALREADY_EXISTS, exception.getMessage(), request.getPath()));
    }
  }
}
