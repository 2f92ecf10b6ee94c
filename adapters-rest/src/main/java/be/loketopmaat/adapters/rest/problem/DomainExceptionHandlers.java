package be.loketopmaat.adapters.rest.problem;

import be.loketopmaat.adapters.rest.common.CommonMapper;
import be.loketopmaat.application.AlreadyExistsException;
import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.SlotTakenException;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Phrase;
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
      ProblemLanguage in = ProblemLanguage.of(request);
      return Problems.response(
          in,
          Problem.invalid(
              in,
              Phrase.of(
                  "The request was refused; each entry of 'errors' names a field and what is"
                      + " wrong with it."),
              request.getPath(),
              exception.violations()));
    }
  }

  @Singleton
  static final class NotFound
      implements ExceptionHandler<NotFoundException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, NotFoundException exception) {
      ProblemLanguage in = ProblemLanguage.of(request);
      return Problems.response(
          in, Problem.of(in, ProblemType.NOT_FOUND, exception.phrase(), request.getPath()));
    }
  }

  @Singleton
  static final class AlreadyExists
      implements ExceptionHandler<AlreadyExistsException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, AlreadyExistsException exception) {
      ProblemLanguage in = ProblemLanguage.of(request);
      return Problems.response(
          in, Problem.of(in, ProblemType.ALREADY_EXISTS, exception.phrase(), request.getPath()));
    }
  }

  @Singleton
  static final class Conflict
      implements ExceptionHandler<ConflictException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConflictException exception) {
      ProblemLanguage in = ProblemLanguage.of(request);
      return Problems.response(
          in, Problem.conflict(in, exception.reason(), exception.phrase(), request.getPath()));
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
      ProblemLanguage in = ProblemLanguage.of(request);
      Phrase detail =
          exception.alternatives().isEmpty()
              ? Phrase.of("{0}; search again for a free slot", exception.phrase())
              : Phrase.of("{0}; 'alternatives' lists the next free slots", exception.phrase());
      return Problems.response(
          in,
          Problem.slotTaken(
              in, detail, request.getPath(), mapper.toSlotDtos(exception.alternatives())));
    }
  }
}
