package be.loketopmaat.adapters.rest.problem;

import be.loketopmaat.adapters.rest.common.CommonMapper;
import be.loketopmaat.application.AlreadyExistsException;
import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.SlotTakenException;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** The application's and the domain's exceptions, each as its kind of problem. */
final class DomainExceptionHandlers {
  private DomainExceptionHandlers() {}

  @Singleton
  static final class InvalidInput
      implements ExceptionHandler<InvalidInputException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InvalidInputException exception) {
      return Problems.response(
          Problem.invalid(
              "The request was refused; each entry of 'errors' names a field and what is wrong with it.",
              request.getPath(),
              exception.violations().stream()
                  .map(v -> new Problem.FieldError(v.field(), v.message()))
                  .toList()));
    }
  }

  @Singleton
  static final class NotFound
      implements ExceptionHandler<NotFoundException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, NotFoundException exception) {
      return Problems.response(
          Problem.of(ProblemType.NOT_FOUND, exception.getMessage(), request.getPath()));
    }
  }

  @Singleton
  static final class AlreadyExists
      implements ExceptionHandler<AlreadyExistsException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, AlreadyExistsException exception) {
      return Problems.response(
          Problem.of(ProblemType.ALREADY_EXISTS, exception.getMessage(), request.getPath()));
    }
  }

  @Singleton
  static final class Conflict
      implements ExceptionHandler<ConflictException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConflictException exception) {
      return Problems.response(
          Problem.conflict(exception.reason(), exception.getMessage(), request.getPath()));
    }
  }

  @Singleton
  static final class SlotTaken
      implements ExceptionHandler<SlotTakenException, HttpResponse<Problem>> {
    private final CommonMapper mapper;

    SlotTaken(CommonMapper mapper) {
      this.mapper = mapper;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, SlotTakenException exception) {
      return Problems.response(
          Problem.slotTaken(
              exception.getMessage()
                  + (exception.alternatives().isEmpty()
                      ? "; search again for a free slot"
                      : "; 'alternatives' lists the next free slots"),
              request.getPath(),
              mapper.toSlotDtos(exception.alternatives())));
    }
  }
}
