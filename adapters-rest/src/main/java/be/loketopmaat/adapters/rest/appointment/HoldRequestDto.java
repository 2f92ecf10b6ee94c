package be.loketopmaat.adapters.rest.appointment;

import be.loketopmaat.adapters.rest.common.ApiTimes;
import be.loketopmaat.adapters.rest.common.StrictJson;
import be.loketopmaat.adapters.rest.openapi.ApiLimits;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** A slot to keep for a short while, as the availability search gave it. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "HoldRequest",
    requiredProperties = {"location", "start"},
    description = "'products' for an application, or 'pickupOf' for the pickup of a document")
public record HoldRequestDto(
    @Nullable
        @ArraySchema(
            minItems = 1,
            maxItems = ApiLimits.PRODUCTS_MAX,
            arraySchema = @Schema(description = "The products of the appointment"),
            schema = @Schema(pattern = ApiLimits.CODE, example = "eid-application"))
        List<String> products,
    @Nullable
        @Schema(
            description = "How many persons; 1 when left out",
            minimum = "1",
            maximum = ApiLimits.PERSONS_MAX,
            example = "1")
        @Serdeable.Deserializable(using = StrictJson.WholeNumber.class)
        Integer persons,
    @Schema(pattern = ApiLimits.CODE, example = "districtshuis-deurne") String location,
    @Schema(
            type = "string",
            format = "date-time",
            description = "With offset; a value without one is refused",
            example = ApiTimes.EXAMPLE)
        String start,
    @Nullable
        @Schema(
            description =
                "The citizen's national number, when known: a slot the same citizen gave up"
                    + " a moment ago is then not held again",
            example = "85.07.30-033.28")
        String insz,
    @Nullable @Schema(description = BookingRequestDto.PICKUP_OF) UUID pickupOf) {}
