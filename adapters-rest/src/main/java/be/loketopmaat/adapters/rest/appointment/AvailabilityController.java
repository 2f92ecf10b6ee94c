package be.loketopmaat.adapters.rest.appointment;

import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.common.RequestAssembly;
import be.loketopmaat.adapters.rest.openapi.ApiLimits;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.application.port.in.FindSlotsUseCase;
import be.loketopmaat.application.port.in.FindSlotsUseCase.Cursor;
import be.loketopmaat.application.port.in.FindSlotsUseCase.Mode;
import be.loketopmaat.application.port.in.FindSlotsUseCase.SlotQuery;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.FieldViolation;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.Coordinates;
import be.loketopmaat.domain.location.DistrictCode;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

@Controller("/api/v1/availability")
@Tag(
    name = "Appointments",
    description = "Free slots, holds, bookings, and managing a booking with its code")
public class AvailabilityController {
  private final FindSlotsUseCase slots;
  private final AppointmentMapper mapper;

  AvailabilityController(FindSlotsUseCase slots, AppointmentMapper mapper) {
    this.slots = slots;
    this.mapper = mapper;
  }

  @Get
  @Operation(
      operationId = "findSlots",
      summary = "Free appointment slots",
      description =
          "Proximity: the first free slots at the chosen locations. Flexible: the first free slots at"
              + " every location that offers the products, evenings and Saturdays included. Earliest first; page on"
              + " with 'after' = the previous page's 'next'. Times carry the Brussels offset.")
  @ApiResponse(responseCode = "200", description = "A page of slots, possibly empty")
  @ProblemResponse(
      code = "400",
      description = "A refused parameter, named in 'errors'; also a garbled cursor")
  @ProblemResponse(code = "404", description = "A product or location is unknown")
  public SlotPageDto find(
      @Parameter(
              description = "A product to book (repeatable, 1-5); left out for a pickup",
              example = "eid-application",
              explode = Explode.TRUE)
          @Nullable
          @QueryValue("product")
          List<String> product,
      @Parameter(
              description = "How many persons; 1 when left out",
              schema = @Schema(type = "integer", minimum = "1", maximum = ApiLimits.PERSONS_MAX))
          @Nullable
          @QueryValue
          Integer persons,
      @Parameter(
              description =
                  "proximity: at the given locations; flexible: anywhere. Required, except for a"
                      + " pickup",
              schema =
                  @Schema(
                      type = "string",
                      allowableValues = {"proximity", "flexible"}))
          @Nullable
          @QueryValue
          String mode,
      @Parameter(
              description =
                  "A location (repeatable): required for proximity, narrows a flexible search",
              example = "districtshuis-deurne",
              explode = Explode.TRUE)
          @Nullable
          @QueryValue("location")
          List<String> location,
      @Parameter(
              description =
                  "Only slots from 18:00 on; with saturday=true, evening or Saturday slots",
              schema = @Schema(type = "boolean"))
          @Nullable
          @QueryValue
          String evening,
      @Parameter(
              description = "Only Saturday slots; with evening=true, evening or Saturday slots",
              schema = @Schema(type = "boolean"))
          @Nullable
          @QueryValue
          String saturday,
      @Parameter(description = "First day (YYYY-MM-DD), Brussels time") @Nullable @QueryValue
          LocalDate from,
      @Parameter(description = "Last day (YYYY-MM-DD), Brussels time") @Nullable @QueryValue
          LocalDate to,
      @Parameter(
              description =
                  "Only locations in this district (repeatable); one district without a position"
                      + " also gives each slot its distance from the district's centre",
              example = "berchem",
              explode = Explode.TRUE)
          @Nullable
          @QueryValue("district")
          List<String> district,
      @Parameter(
              description = "Slots per page; 20 when left out",
              schema = @Schema(type = "integer", minimum = "1", maximum = ApiLimits.PAGE_MAX))
          @Nullable
          @QueryValue
          Integer limit,
      @Parameter(description = "The 'next' of the previous page") @Nullable @QueryValue
          String after,
      @Parameter(
              description = "The citizen's position (WGS 84), with longitude: gives distances",
              example = "51.2")
          @Nullable
          @QueryValue
          Double latitude,
      @Parameter(description = "The citizen's position (WGS 84), with latitude", example = "4.42")
          @Nullable
          @QueryValue
          Double longitude,
      @Parameter(
              description =
                  "To pick up a document instead of applying: its order id, as in the message that"
                      + " said it arrived. The slots are where it lies; product and mode may be"
                      + " left out.")
          @Nullable
          @QueryValue
          String pickupOf) {
    RequestAssembly request = new RequestAssembly();
    List<ProductCode> products = codes(request, "product", product, ProductCode::new);
    Mode chosen = mode == null && pickupOf != null ? null : mode(request, mode);
    List<LocationCode> locations = codes(request, "location", location, LocationCode::new);
    Boolean eveningOnly = Params.strictBoolean(request, "evening", evening);
    Boolean saturdayOnly = Params.strictBoolean(request, "saturday", saturday);
    List<DistrictCode> districts = codes(request, "district", district, DistrictCode::new);
    if (persons != null && persons < 1) {
      request.violation("persons", "must be at least 1");
    }
    if (limit != null && limit < 1) {
      request.violation("limit", "must be at least 1");
    }
    Cursor cursor = request.value(Cursors.PARAMETER, after, Cursors::decode);
    Coordinates near = Params.position(request, latitude, longitude);
    java.util.UUID document = Params.uuid(request, "pickupOf", pickupOf);
    request.throwIfAny();
    SlotQuery query =
        new SlotQuery(
            products,
            persons == null ? 1 : persons,
            chosen,
            locations,
            Boolean.TRUE.equals(eveningOnly),
            Boolean.TRUE.equals(saturdayOnly),
            from,
            to,
            new LinkedHashSet<>(districts),
            limit == null ? 0 : limit,
            cursor,
            near,
            document);
    try {
      return mapper.toDto(slots.findSlots(query));
    } catch (InvalidInputException e) {
      throw asParameters(e);
    }
  }

  private static Mode mode(RequestAssembly request, @Nullable String mode) {
    if (mode == null) {
      request.violation("mode", "is required: proximity or flexible");
      return null;
    }
    return switch (mode.strip().toLowerCase(Locale.ROOT)) {
      case "proximity" -> Mode.PROXIMITY;
      case "flexible" -> Mode.FLEXIBLE;
      default -> {
        request.violation("mode", "must be proximity or flexible");
        yield null;
      }
    };
  }

  /**
   * Repeated parameters are named as sent: one {@code product} per value, not {@code product[1]}.
   */
  private static <T> List<T> codes(
      RequestAssembly request,
      String parameter,
      @Nullable List<String> values,
      Function<String, T> construction) {
    List<T> codes = new ArrayList<>();
    if (values != null) {
      values.forEach(value -> codes.add(request.value(parameter, value, construction)));
    }
    return codes;
  }

  /**
   * The use case names the products as a list ({@code products[0]}); here they are the parameter
   * {@code product}.
   */
  private static InvalidInputException asParameters(InvalidInputException e) {
    return new InvalidInputException(
        e.violations().stream()
            .map(
                v ->
                    v.field().startsWith("products")
                        ? new FieldViolation("product", v.phrase())
                        : v)
            .toList());
  }
}
