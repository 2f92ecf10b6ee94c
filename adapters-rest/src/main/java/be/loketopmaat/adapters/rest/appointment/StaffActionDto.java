package be.loketopmaat.adapters.rest.appointment;

import be.loketopmaat.domain.staff.StaffActionKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** One line of an appointment's record of staff actions. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "StaffAction")
public record StaffActionDto(
    @Schema(type = "string", format = "date-time", example = "2026-11-20T09:12:31.104Z") String at,
    StaffActionKind kind,
    @Schema(description = "Who did it: the identity provider's subject", example = "shared-token")
        String byId,
    @Schema(description = "Who did it, as the records name them") String byName,
    @Nullable @Schema(description = "What changed, e.g. the old and new slot") String detail,
    @Nullable @Schema(description = "Why, as staff recorded it") String reason) {}
