package be.loketopmaat.adapters.rest.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A text in the city's three languages; all three are required. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "LocalizedText",
    requiredProperties = {"nl", "fr", "en"})
public record LocalizedTextDto(String nl, String fr, String en) {}
