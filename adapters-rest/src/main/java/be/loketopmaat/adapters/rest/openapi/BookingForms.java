package be.loketopmaat.adapters.rest.openapi;

import be.loketopmaat.adapters.rest.appointment.CitizenDto;
import be.loketopmaat.adapters.rest.appointment.StaffChannel;
import be.loketopmaat.adapters.rest.common.ApiTimes;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/**
 * Documentation only: the two forms of a booking request, from a hold or directly, as the {@code
 * oneOf} the OpenAPI document gives its booking bodies. The server reads one flat DTO for both and
 * checks which form came; the document says exactly which fields go together, so that a generated
 * client offers the two forms instead of one bag of optional fields.
 */
public final class BookingForms {
  private static final String HOLD = "The id of a live hold, as POST /api/v1/holds answered it";
  private static final String PRODUCTS =
      "The products of the appointment; left out for the pickup of a document (pickupOf)";
  private static final String PERSONS = "How many persons; 1 when left out";
  private static final String PICKUP_OF =
      "To pick up a document instead of applying: its order id, as in the message that said it"
          + " arrived; products are then left out, the location is where it lies";

  private BookingForms() {}

  @Schema(
      name = "BookingFromHold",
      requiredProperties = {"hold", "citizen"},
      description = "Confirms a hold: the slot it keeps, for this citizen")
  public record FromHold(@Schema(description = HOLD) UUID hold, CitizenDto citizen) {}

  @Schema(
      name = "DirectBooking",
      requiredProperties = {"location", "start", "citizen"},
      description = "Books a slot at once, without a hold")
  public record Direct(
      @Nullable
          @ArraySchema(
              minItems = 1,
              maxItems = ApiLimits.PRODUCTS_MAX,
              arraySchema = @Schema(description = PRODUCTS),
              schema = @Schema(pattern = ApiLimits.CODE, example = "eid-application"))
          List<String> products,
      @Nullable
          @Schema(
              description = PERSONS,
              minimum = "1",
              maximum = ApiLimits.PERSONS_MAX,
              example = "1")
          Integer persons,
      @Schema(pattern = ApiLimits.CODE, example = "districtshuis-deurne") String location,
      @Schema(type = "string", format = "date-time", example = ApiTimes.EXAMPLE) String start,
      CitizenDto citizen,
      @Nullable @Schema(description = PICKUP_OF) UUID pickupOf) {}

  @Schema(
      name = "StaffBookingFromHold",
      requiredProperties = {"hold", "citizen"},
      description = "Confirms a hold for a caller or someone at the desk")
  public record StaffFromHold(
      @Schema(description = HOLD) UUID hold,
      CitizenDto citizen,
      @Nullable @Schema(description = "CALL when left out") StaffChannel channel) {}

  @Schema(
      name = "StaffDirectBooking",
      requiredProperties = {"location", "start", "citizen"},
      description = "Books a slot at once for a caller or someone at the desk")
  public record StaffDirect(
      @Nullable
          @ArraySchema(
              minItems = 1,
              maxItems = ApiLimits.PRODUCTS_MAX,
              arraySchema = @Schema(description = PRODUCTS),
              schema = @Schema(pattern = ApiLimits.CODE, example = "eid-application"))
          List<String> products,
      @Nullable
          @Schema(
              description = PERSONS,
              minimum = "1",
              maximum = ApiLimits.PERSONS_MAX,
              example = "1")
          Integer persons,
      @Schema(pattern = ApiLimits.CODE, example = "districtshuis-deurne") String location,
      @Schema(type = "string", format = "date-time", example = ApiTimes.EXAMPLE) String start,
      CitizenDto citizen,
      @Nullable @Schema(description = PICKUP_OF) UUID pickupOf,
      @Nullable @Schema(description = "CALL when left out") StaffChannel channel) {}
}
