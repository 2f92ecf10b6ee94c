package be.loketopmaat.adapters.rest.pincode;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The PIN/PUK letters that arrived at a location and wait for their holders. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "PinCodeLetters")
public record PinCodeLettersDto(String location, int count, List<PinCodeDto> letters) {}
