package be.loketopmaat.adapters.rest.civilstatus;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What the e-counter sends on behalf of the citizen it signed in, who declares. */
@Serdeable
@Schema(
    name = "CivilStatusDeclarationOrder",
    requiredProperties = {"kind", "declarant", "language", "persons"})
public record DeclarationOrderDto(
    @Schema(allowableValues = {"BIRTH", "RECOGNITION", "MARRIAGE"}) String kind,
    @Schema(
            description = "The national number (INSZ) of the citizen signed in with CSAM/itsme",
            example = "88061212349")
        String declarant,
    @Schema(
            description = "The language of the act's extract and of the messages",
            allowableValues = {"nl", "fr", "en"})
        String language,
    @Schema(
            description =
                "The persons concerned: a birth names the MOTHER, the CHILD and at most one"
                    + " OTHER_PARENT; a recognition the RECOGNISING_PARENT, the MOTHER and the"
                    + " CHILD; a marriage two SPOUSEs")
        List<PersonDto> persons,
    @Nullable
        @Schema(
            description =
                "A birth only (required there): what ties the other parent to the mother."
                    + " MARRIED_TO_MOTHER (paternity or co-motherhood presumed),"
                    + " PRENATAL_RECOGNITION (registered before the birth), NONE",
            allowableValues = {"MARRIED_TO_MOTHER", "PRENATAL_RECOGNITION", "NONE"})
        String relation,
    @Nullable
        @Schema(
            description = "The birth date (a birth) or the intended wedding day (a marriage)",
            type = "string",
            format = "date")
        String eventDate) {

  /** A person of the declaration. */
  @Serdeable
  @Schema(
      name = "CivilStatusPerson",
      requiredProperties = {"role", "name"})
  public record PersonDto(
      @Schema(allowableValues = {"MOTHER", "OTHER_PARENT", "CHILD", "RECOGNISING_PARENT", "SPOUSE"})
          String role,
      @Nullable
          @Schema(
              description =
                  "The national number; left out only for a child not yet registered (masked in"
                      + " answers)")
          String insz,
      @Schema(example = "Lotte Janssens") String name) {}
}
