package be.loketopmaat.adapters.rest.civilstatus;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A civil-status declaration and where it stands (national numbers masked). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "CivilStatusDeclaration")
public record DeclarationDto(
    String id,
    @Schema(allowableValues = {"BIRTH", "RECOGNITION", "MARRIAGE"}) String kind,
    @Schema(description = "Who declares, masked", example = "880612-***-**") String declarant,
    @Schema(allowableValues = {"nl", "fr", "en"}) String language,
    List<DeclarationOrderDto.PersonDto> persons,
    @Nullable @Schema(allowableValues = {"MARRIED_TO_MOTHER", "PRENATAL_RECOGNITION", "NONE"})
        String relation,
    @Nullable @Schema(type = "string", format = "date") String eventDate,
    @Schema(
            description =
                "SUBMITTED (its draft is being made in DABS), DRAFTED (a draft act waiting for the"
                    + " officer's review, no legal value yet), SIGNING (signed by the officer, on"
                    + " its way to DABS), SIGNED, EXTRACT_POSTED (in the print-and-mail queue),"
                    + " EXTRACT_DELIVERED, REFERRED (to the counter, see reason), REJECTED (by the"
                    + " officer, see detail), FAILED (DABS refused it, see detail)",
            allowableValues = {
              "SUBMITTED",
              "DRAFTED",
              "SIGNING",
              "SIGNED",
              "EXTRACT_POSTED",
              "EXTRACT_DELIVERED",
              "REFERRED",
              "REJECTED",
              "FAILED"
            })
        String state,
    @Schema(type = "string", format = "date-time") String submittedAt,
    @Schema(type = "string", format = "date-time") String changedAt,
    @Nullable @Schema(description = "DABS's id of the draft act") String draftId,
    @Nullable @Schema(description = "DABS's number of the signed act") String actNumber,
    @Nullable @Schema(description = "The officer who signed") String signedBy,
    @Nullable @Schema(description = "The eBox's id of the message with the extract")
        String mailboxMessageId,
    @Nullable
        @Schema(
            description = "Why it went to the counter",
            allowableValues = {
              "OTHER_PARENT_NOT_PRESUMED",
              "PRESUMED_PARENT_NOT_NAMED",
              "DECLARANT_NOT_A_PARENT"
            })
        String reason,
    @Nullable @Schema(description = "The officer's reason to reject it, or DABS's refusal")
        String detail,
    @Nullable @Schema(description = "Who rejected it, or printed its extract") String handledBy) {

  /** A staff list of declarations, oldest first. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(name = "CivilStatusDeclarationList")
  public record ListDto(int count, List<DeclarationDto> declarations) {}

  /** Why the officer rejects a draft. */
  @Serdeable
  @Schema(
      name = "CivilStatusRejection",
      requiredProperties = {"reason"})
  public record RejectionDto(@Schema(example = "The child's name is misspelt") String reason) {}
}
