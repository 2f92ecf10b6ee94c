package be.loketopmaat.adapters.rest.document;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** Why staff end an order early, for the record. */
@Serdeable
@Schema(
    name = "DocumentReason",
    requiredProperties = {"reason"})
public record DocumentReasonDto(@Schema(example = "the citizen withdrew") String reason) {}
