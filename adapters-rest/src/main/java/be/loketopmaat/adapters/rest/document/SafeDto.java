package be.loketopmaat.adapters.rest.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What lies in a location's safe, longest there first. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Safe")
public record SafeDto(
    String location,
    @Schema(description = "How many documents lie there (of those listed)") int count,
    @Schema(description = "How many of them go back within the coming seven days")
        int goingBackThisWeek,
    List<SafeDocumentDto> documents) {

  /** One document in the safe. */
  @Serdeable
  @Schema(name = "SafeDocument")
  public record SafeDocumentDto(
      String id,
      String kind,
      String product,
      String citizenName,
      String arrivedAt,
      @Schema(description = "Whole days since it arrived") long daysInSafe,
      String returnDate,
      boolean goesBackThisWeek) {}
}
