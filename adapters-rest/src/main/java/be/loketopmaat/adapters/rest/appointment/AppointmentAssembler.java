package be.loketopmaat.adapters.rest.appointment;

import be.loketopmaat.adapters.rest.common.ApiTimes;
import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.common.RequestAssembly;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.BookCommand;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Direct;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.FromHold;
import be.loketopmaat.application.port.in.HoldSlotUseCase.HoldCommand;
import be.loketopmaat.application.port.in.ManageAppointmentUseCase;
import be.loketopmaat.application.port.in.What;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentNeed;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ClientId;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Builds the booking use case's commands from request bodies and headers, reporting every refused
 * field by its JSON path (see {@link RequestAssembly}), times converted from the API's offsets to
 * Brussels time.
 */
@Singleton
public final class AppointmentAssembler {
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  public static final String MANAGEMENT_CODE = "X-Management-Code";
  static final int MAX_IDEMPOTENCY_KEY = 100;

  /** Where a reschedule goes. */
  record NewSlot(LocationCode location, LocalDateTime start) {}

  /**
   * @param client who sent it ({@link be.loketopmaat.adapters.rest.ratelimit.ClientKeys}): fair use
   *     limits each client's live holds
   */
  public HoldCommand toCommand(HoldRequestDto body, String client) {
    RequestAssembly request = new RequestAssembly();
    Supplier<What> what = what(request, body.products(), body.persons(), body.pickupOf());
    LocationCode location = request.value("location", body.location(), LocationCode::new);
    LocalDateTime start = request.value("start", body.start(), ApiTimes::parse);
    NationalNumber insz =
        body.insz() == null ? null : request.value("insz", body.insz(), NationalNumber::new);
    // Every field is checked here first, so that each refusal names its JSON path; the command
    // checks
    // again what it needs to mean anything, for callers other than this API.
    request.throwIfAny();
    return new HoldCommand(what.get(), location, start, insz, ClientId.of(client));
  }

  /**
   * A booking through the public API: the citizen books online, on the e-counter.
   *
   * @param client who sent it ({@link be.loketopmaat.adapters.rest.ratelimit.ClientKeys}); scopes
   *     the key
   * @param idempotencyKey the header as sent, checked here
   */
  public BookCommand toCommand(
      BookingRequestDto body, String client, @Nullable String idempotencyKey) {
    RequestAssembly request = new RequestAssembly();
    return command(request, body, Channel.E_COUNTER, client, idempotencyKey);
  }

  /** A booking by staff, for a caller (the default) or for someone at the desk. */
  public BookCommand toCommand(
      StaffBookingRequestDto body, String client, @Nullable String idempotencyKey) {
    RequestAssembly request = new RequestAssembly();
    Channel channel = body.channel() == null ? Channel.CALL : body.channel().channel();
    return command(request, body.booking(), channel, client, idempotencyKey);
  }

  private BookCommand command(
      RequestAssembly request,
      BookingRequestDto body,
      Channel channel,
      String client,
      @Nullable String idempotencyKey) {
    String key = idempotencyKey(request, idempotencyKey);
    Supplier<What> what = null;
    LocationCode location = null;
    LocalDateTime start = null;
    if (body.hold() != null) {
      if (body.products() != null
          || body.persons() != null
          || body.pickupOf() != null
          || body.location() != null
          || body.start() != null) {
        request.violation("hold", "give either a hold, or products, location and start; not both");
      }
    } else {
      what = what(request, body.products(), body.persons(), body.pickupOf());
      location = request.value("location", body.location(), LocationCode::new);
      start = request.value("start", body.start(), ApiTimes::parse);
    }
    Citizen citizen =
        request.required("citizen", body.citizen()) == null
            ? null
            : citizen(request, body.citizen());
    request.throwIfAny();
    return body.hold() != null
        ? new FromHold(body.hold(), citizen, channel, client, key)
        : new Direct(what.get(), location, start, citizen, channel, client, key);
  }

  NewSlot toNewSlot(RescheduleRequestDto body) {
    RequestAssembly request = new RequestAssembly();
    LocationCode location = request.value("location", body.location(), LocationCode::new);
    LocalDateTime start = request.value("start", body.start(), ApiTimes::parse);
    request.throwIfAny();
    return new NewSlot(location, start);
  }

  /**
   * The appointment that reference and code name together; both are checked before anything is
   * looked up.
   */
  static Appointment mine(
      ManageAppointmentUseCase bookings,
      String reference,
      @Nullable String codeHeader,
      @Nullable String codeQuery) {
    AppointmentReference ref = reference(reference);
    return bookings.get(ref, managementCode(codeHeader, codeQuery));
  }

  static AppointmentReference reference(String path) {
    return Params.code("reference", path, AppointmentReference::new);
  }

  /**
   * The header is the place for the code (it stays out of access logs); the query parameter is for
   * links, such as a calendar subscription, that cannot send headers.
   */
  static String managementCode(@Nullable String header, @Nullable String query) {
    String code = header != null && !header.isBlank() ? header : query;
    if (code == null || code.isBlank()) {
      throw new InvalidInputException(
          MANAGEMENT_CODE,
          "is required: send the management code in this header or as the query parameter 'code'");
    }
    return code.strip();
  }

  private static String idempotencyKey(RequestAssembly request, @Nullable String key) {
    if (key == null) {
      return null;
    }
    boolean printable = key.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    if (key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY || !printable) {
      request.violation(
          IDEMPOTENCY_KEY, "must be 1 to {0} printable ASCII characters", MAX_IDEMPOTENCY_KEY);
      return null;
    }
    return key;
  }

  /** Each code by its index; a JSON null in the list is refused by its index too, not passed on. */
  private static List<ProductCode> products(RequestAssembly request, List<String> codes) {
    if (codes == null || codes.isEmpty()) {
      request.violation("products", "name at least one product");
      return List.of();
    }
    List<ProductCode> products = new ArrayList<>(codes.size());
    for (int i = 0; i < codes.size(); i++) {
      String path = "products[" + i + "]";
      if (codes.get(i) == null) {
        request.violation(path, "is required");
      } else {
        products.add(request.value(path, codes.get(i), ProductCode::new));
      }
    }
    return products;
  }

  /**
   * An application for products, or the pickup of a document (its products left out or the
   * document's own, for one person). Its parts are checked here, each refusal named by its path;
   * the result is built once none was refused.
   */
  private static Supplier<What> what(
      RequestAssembly request,
      @Nullable List<String> codes,
      @Nullable Integer persons,
      @Nullable UUID pickupOf) {
    if (pickupOf == null) {
      List<ProductCode> products = products(request, codes);
      int count = persons(request, persons);
      return () -> new What(products, count);
    }
    List<ProductCode> products =
        codes == null || codes.isEmpty() ? List.of() : products(request, codes);
    if (persons != null && persons != 1) {
      request.violation("persons", "a document is picked up by one person");
    }
    return () -> new What(products, 1, pickupOf);
  }

  /** Checked here: the service reads anything below 1 as 1, which would hide a client's mistake. */
  private static int persons(RequestAssembly request, @Nullable Integer persons) {
    if (persons == null) {
      return 1;
    }
    if (persons < 1 || persons > AppointmentNeed.MAX_PERSONS) {
      request.violation("persons", "must be between 1 and {0}", AppointmentNeed.MAX_PERSONS);
    }
    return persons;
  }

  /** The citizen of a request body, its refusals under {@code citizen.*}. */
  public static Citizen citizen(RequestAssembly request, CitizenDto citizen) {
    return citizen(request, citizen, "citizen");
  }

  /** The citizen given under {@code path} (e.g. a permit's {@code holder}). */
  public static Citizen citizen(RequestAssembly request, CitizenDto citizen, String path) {
    NationalNumber insz = request.value(path + ".insz", citizen.insz(), NationalNumber::new);
    Language language = language(request, citizen.language(), path);
    return request.build(
        path,
        () -> Citizen.reachable(insz, citizen.name(), citizen.email(), citizen.phone(), language));
  }

  private static Language language(RequestAssembly request, @Nullable String tag, String path) {
    if (tag == null) {
      return null;
    }
    for (Language language : Language.values()) {
      if (language.tag().equals(tag.strip().toLowerCase(Locale.ROOT))) {
        return language;
      }
    }
    request.violation(path + ".language", "must be one of nl, fr, en");
    return null;
  }
}
