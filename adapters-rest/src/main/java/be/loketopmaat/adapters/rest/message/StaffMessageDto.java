package be.loketopmaat.adapters.rest.message;

import be.loketopmaat.application.port.out.Outbox;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.notification.MessageKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A message to a citizen as staff see it in the outbox. Management codes in its body are masked:
 * staff need to see that the link went out, not to hold a citizen's code.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "StaffMessage")
public record StaffMessageDto(
    @Schema(example = "4711") long id,
    @Schema(example = "K7M-4QXD") String appointment,
    MessageKind kind,
    Language language,
    @Nullable String email,
    @Nullable String phone,
    String subject,
    @Schema(description = "The text, with management codes masked") String body,
    Outbox.Status status,
    @Schema(description = "Delivery attempts so far") int attempts,
    @Schema(type = "string", format = "date-time") String createdAt,
    @Nullable @Schema(type = "string", format = "date-time", description = "While queued")
        String nextAttemptAt,
    @Nullable @Schema(type = "string", format = "date-time") String sentAt,
    @Nullable @Schema(description = "Why the last attempt failed") String lastError) {}
