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
 * A booking made by staff for a caller or for someone at the desk: the public request plus the
 * channel.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "StaffBookingRequest",
    requiredProperties = {"citizen"},
    description =
        "Either 'hold', or 'products' (or 'pickupOf'), 'location' and 'start' (and optionally"
            + " 'persons').")
public record StaffBookingRequestDto(
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
    @Nullable @Schema(description = "CALL when left out") StaffChannel channel,
    @Nullable @Schema(description = BookingRequestDto.PICKUP_OF) UUID pickupOf) {

  BookingRequestDto booking() {
    return new BookingRequestDto(hold, products, persons, location, start, citizen, pickupOf);
  }
}
