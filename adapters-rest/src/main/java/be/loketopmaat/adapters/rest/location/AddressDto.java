package be.loketopmaat.adapters.rest.location;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A Belgian postal address. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "Address",
    requiredProperties = {"street", "postalCode", "municipality"})
public record AddressDto(
    @Schema(example = "Maurice Dequeeckerplein 1") String street,
    @Schema(example = "2100") String postalCode,
    @Schema(example = "Deurne") String municipality) {}
