package be.loketopmaat.adapters.rest.attest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A request for an attest delivered automatically, and where it went (the number masked). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "AttestRequest")
public record AttestRequestDto(
    String id,
    @Schema(description = "The citizen's national number, masked", example = "850731-***-**")
        String insz,
    @Schema(example = "HOUSEHOLD_COMPOSITION") String model,
    @Schema(allowableValues = {"nl", "fr", "de"}) String language,
    @Schema(allowableValues = {"E_COUNTER", "KIOSK"}) String channel,
    @Schema(
            description =
                "RECEIVED (being delivered), DELIVERED (in the eBox), POSTED (in the print-and-mail"
                    + " queue), PRINTED (mailed), REFERRED (to staff, see reason), RESOLVED (by"
                    + " staff)",
            allowableValues = {
              "RECEIVED",
              "DELIVERED",
              "POSTED",
              "PRINTED",
              "REFERRED",
              "RESOLVED"
            })
        String state,
    @Schema(type = "string", format = "date-time") String receivedAt,
    @Schema(type = "string", format = "date-time") String changedAt,
    @Nullable @Schema(description = "The eBox's id of the message, once delivered")
        String mailboxMessageId,
    @Nullable
        @Schema(
            description = "Why it went to staff",
            allowableValues = {
              "NOT_REGISTERED_IN_CITY",
              "UNKNOWN_PERSON",
              "PERSON_DECEASED",
              "REGISTER_REFUSED",
              "MAILBOX_REFUSED"
            })
        String reason,
    @Nullable @Schema(description = "More on the referral, e.g. the register's code") String detail,
    @Nullable @Schema(description = "Who printed or resolved it") String handledBy,
    @Nullable @Schema(description = "What staff did with a referred request") String note) {}
