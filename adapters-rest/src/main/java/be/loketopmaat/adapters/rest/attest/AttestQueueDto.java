package be.loketopmaat.adapters.rest.attest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A staff queue of attest requests (to print and mail, or to deal with), oldest first. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "AttestQueue")
public record AttestQueueDto(int count, List<AttestRequestDto> requests) {}
