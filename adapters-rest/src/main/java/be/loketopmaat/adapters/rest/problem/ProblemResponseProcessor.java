package be.loketopmaat.adapters.rest.problem;

import be.loketopmaat.domain.common.FieldViolation;
import be.loketopmaat.domain.common.Phrase;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ListIterator;
import java.util.UUID;

/**
 * Every error the framework answers by itself (no route, wrong method or media type, a query value
 * or a body that cannot be read, an exception nobody handled) becomes a problem+json document here.
 * Replacing Micronaut's default processor is enough: it is only registered when no other is.
 */
@Singleton
public final class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

  @Override
  public MutableHttpResponse<Problem> processResponse(
      ErrorContext context, MutableHttpResponse<?> response) {
    ProblemLanguage in = ProblemLanguage.of(context.getRequest());
    Problem problem = problemFor(in, context, response.code());
    return Problems.written(in, response).body(problem);
  }

  private static Problem problemFor(ProblemLanguage in, ErrorContext context, int status) {
    String instance = context.getRequest().getPath();
    Throwable cause = context.getRootCause().orElse(null);
    if (status == HttpStatus.BAD_REQUEST.getCode()) {
      return badRequest(in, cause, instance, firstMessage(context));
    }
    if (status == HttpStatus.NOT_FOUND.getCode()) {
      return Problem.of(
          in, ProblemType.NOT_FOUND, Phrase.of("Nothing is found at {0}.", instance), instance);
    }
    if (status >= 500) {
      // Exceptions are answered by UnexpectedExceptionHandler; what reaches this point (a
      // java.lang.Error,
      // which Micronaut logs, or a bare 5xx status) may still carry internals, so no message is
      // repeated.
      ProblemType type =
          status == HttpStatus.INTERNAL_SERVER_ERROR.getCode()
              ? ProblemType.INTERNAL_ERROR
              : ProblemType.forStatus(status);
      Phrase detail =
          Phrase.of("The server could not handle this request. The error has been logged.");
      return type != null
          ? Problem.of(in, type, detail, instance)
          : Problem.blank(in, reason(status), status, detail, instance);
    }
    ProblemType type = ProblemType.forStatus(status);
    Phrase detail = detailFor(context, status);
    return type != null
        ? Problem.of(in, type, detail, instance)
        : Problem.blank(in, reason(status), status, detail, instance);
  }

  /**
   * The framework's own message is English and may change between versions; the statuses a client
   * meets in practice get a sentence of ours, which can be translated.
   */
  private static Phrase detailFor(ErrorContext context, int status) {
    if (status == HttpStatus.METHOD_NOT_ALLOWED.getCode()) {
      return Phrase.of(
          "{0} is not allowed on {1}.",
          context.getRequest().getMethodName(), context.getRequest().getPath());
    }
    if (status == HttpStatus.NOT_ACCEPTABLE.getCode()) {
      return Phrase.of(
          "This answer can only be given as JSON; the Accept header asks for something else.");
    }
    if (status == HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode()) {
      return Phrase.of("The request body must be sent as application/json.");
    }
    if (status == HttpStatus.REQUEST_ENTITY_TOO_LARGE.getCode()) {
      return Phrase.of("The request body is too large.");
    }
    String message = firstMessage(context);
    return message == null ? Phrase.of("The request was refused.") : Phrase.of("{0}", message);
  }

  private static Problem badRequest(
      ProblemLanguage in, Throwable cause, String instance, String message) {
    if (cause instanceof ConversionErrorException conversion) {
      return conversionProblem(in, conversion, instance);
    }
    if (cause instanceof UnsatisfiedBodyRouteException) {
      return Problem.of(
          in,
          ProblemType.MALFORMED_JSON,
          Phrase.of("The request body is missing: this request needs a JSON document."),
          instance);
    }
    if (cause instanceof UnsatisfiedRouteException unsatisfied) {
      return missing(in, unsatisfied.getArgument(), instance);
    }
    if (cause instanceof UnsatisfiedArgumentException unsatisfied) {
      return missing(in, unsatisfied.getArgument(), instance);
    }
    if (isJsonSyntaxError(cause)) {
      return Problem.of(
          in,
          ProblemType.MALFORMED_JSON,
          Phrase.of("The request body is not valid JSON."),
          instance);
    }
    return Problem.of(
        in,
        ProblemType.BAD_REQUEST,
        message == null
            ? Phrase.of("The request could not be read.")
            : Phrase.of("The request could not be read: {0}", message),
        instance);
  }

  private static Problem missing(ProblemLanguage in, Argument<?> argument, String instance) {
    return Problem.invalid(
        in,
        Phrase.of("A required parameter is missing."),
        instance,
        List.of(new FieldViolation(nameOf(argument), "is required")));
  }

  /**
   * A value that could not be converted to the parameter's type: a query or path value, or a part
   * of the JSON body, which serde locates by its path.
   */
  private static Problem conversionProblem(
      ProblemLanguage in, ConversionErrorException exception, String instance) {
    Argument<?> argument = exception.getArgument();
    Throwable cause = exception.getCause();
    if (argument.getAnnotationMetadata().hasStereotype(Body.class)) {
      if (cause instanceof SerdeException serde && !serde.getPath().isEmpty()) {
        return Problem.invalid(
            in,
            Phrase.of("A field of the request body has a value of the wrong type."),
            instance,
            List.of(bodyFieldError(serde)));
      }
      return Problem.of(
          in,
          ProblemType.MALFORMED_JSON,
          Phrase.of("The request body is not a JSON document of the expected shape."),
          instance);
    }
    return Problem.invalid(
        in,
        Phrase.of("A parameter has a value of the wrong type."),
        instance,
        List.of(new FieldViolation(nameOf(argument), expectation(argument, null))));
  }

  private static FieldViolation bodyFieldError(SerdeException exception) {
    List<ReferencePath> path = new ArrayList<>(exception.getPath());
    ReferencePath leaf = path.get(0);
    // Serde reports a value that is not an array at all as a failure of its item [0]; only the
    // message tells the two apart. Should the wording change, the answer is less precise, not
    // wrong.
    if (leaf instanceof CollectionItemReferencePath
        && path.size() > 1
        && String.valueOf(exception.getMessage()).contains("expected START_ARRAY")) {
      path.remove(0);
      return new FieldViolation(jsonPath(path), "must be an array");
    }
    if (leaf instanceof MapItemReferencePath entry) {
      Argument<?>[] keyAndValue = entry.mapArgument().getTypeParameters();
      Class<?> keyType = keyAndValue.length == 2 ? keyAndValue[0].getType() : Object.class;
      if (keyType.isEnum()
          && Arrays.stream(keyType.getEnumConstants())
              .noneMatch(constant -> ((Enum<?>) constant).name().equals(entry.key()))) {
        return new FieldViolation(
            jsonPath(path), "is not one of {0}", Arrays.toString(keyType.getEnumConstants()));
      }
    }
    return new FieldViolation(jsonPath(path), expectation(leaf.getArgument(), leaf));
  }

  /**
   * Serde lists the path innermost first, e.g. {@code url <- [0] <- channels}; the API writes
   * {@code channels[0].url}.
   */
  private static String jsonPath(List<ReferencePath> path) {
    StringBuilder out = new StringBuilder();
    ListIterator<ReferencePath> outerFirst = path.listIterator(path.size());
    while (outerFirst.hasPrevious()) {
      ReferencePath segment = outerFirst.previous();
      if (segment instanceof CollectionItemReferencePath item) {
        out.append('[').append(item.index()).append(']');
      } else if (segment instanceof MapItemReferencePath entry) {
        out.append('.').append(entry.key());
      } else {
        if (!out.isEmpty()) {
          out.append('.');
        }
        out.append(segment.getArgument().getName());
      }
    }
    return out.toString();
  }

  /** What the field expects, in words a client can act on, without Java type names. */
  private static Phrase expectation(Argument<?> argument, ReferencePath segment) {
    Class<?> type = argument.getType();
    if (segment instanceof CollectionItemReferencePath || segment instanceof MapItemReferencePath) {
      List<Argument<?>> parameters = List.of(argument.getTypeParameters());
      if (!parameters.isEmpty()) {
        type = parameters.get(parameters.size() - 1).getType();
      }
    }
    if (type.isEnum()) {
      return Phrase.of("must be one of {0}", Arrays.toString(type.getEnumConstants()));
    }
    if (type == LocalDate.class) {
      return Phrase.of("must be a date as YYYY-MM-DD");
    }
    if (type == LocalTime.class) {
      return Phrase.of("must be a time as HH:mm");
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return Phrase.of("must be an ISO 8601 date or time");
    }
    if (type == Boolean.class || type == boolean.class) {
      return Phrase.of("must be true or false");
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return Phrase.of("must be a whole number");
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
      return Phrase.of("must be a number");
    }
    if (type == UUID.class) {
      return Phrase.of("must be a UUID");
    }
    if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
      return Phrase.of("must be an array");
    }
    if (type == String.class) {
      return Phrase.of("must be a string");
    }
    return Phrase.of("must be an object");
  }

  private static boolean isJsonSyntaxError(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof io.micronaut.json.JsonSyntaxException
          || t instanceof com.fasterxml.jackson.core.JsonProcessingException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static String nameOf(Argument<?> argument) {
    return argument
        .getAnnotationMetadata()
        .stringValue(io.micronaut.core.bind.annotation.Bindable.class)
        .filter(name -> !name.isBlank())
        .orElse(argument.getName());
  }

  private static String firstMessage(ErrorContext context) {
    return context.getErrors().isEmpty() ? null : context.getErrors().get(0).getMessage();
  }

  private static String reason(int status) {
    try {
      return HttpStatus.valueOf(status).getReason();
    } catch (IllegalArgumentException unknown) {
      return "HTTP " + status;
    }
  }
}
