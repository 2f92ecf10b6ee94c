package be.loketopmaat.adapters.rest.appointment;

import be.loketopmaat.adapters.rest.common.ApiTimes;
import be.loketopmaat.adapters.rest.common.StrictJson;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/**
 * Either a hold to confirm, or products, location and start to book at once; with the citizen in
 * both cases.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "BookingRequest",
    requiredProperties = {"citizen"},
    description =
        "Either 'hold', or 'products' (or 'pickupOf'), 'location' and 'start' (and optionally"
            + " 'persons').")
public record BookingRequestDto(
    @Nullable @Schema(description = "The id of a live hold") UUID hold,
    @Nullable @Schema(example = "[\"eid-application\"]") List<String> products,
    @Nullable
        @Schema(description = "1-6; 1 when left out", example = "1")
        @Serdeable.Deserializable(using = StrictJson.WholeNumber.class)
        Integer persons,
    @Nullable @Schema(example = "districtshuis-deurne") String location,
    @Nullable @Schema(type = "string", format = "date-time", example = ApiTimes.EXAMPLE)
        String start,
    CitizenDto citizen,
    @Nullable @Schema(description = BookingRequestDto.PICKUP_OF) UUID pickupOf) {

  /** What {@code pickupOf} is, in every request that books or holds. */
  static final String PICKUP_OF =
      "To pick up a document instead of applying: its order id, as in the message that said it"
          + " arrived; products may then be left out, the location is where it lies";
}
