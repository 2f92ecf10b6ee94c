package be.loketopmaat.adapters.rest.city;

import be.loketopmaat.adapters.rest.common.CoordinatesDto;
import be.loketopmaat.adapters.rest.common.LocalizedTextDto;
import be.loketopmaat.adapters.rest.common.TimeWindowDto;
import be.loketopmaat.adapters.rest.openapi.OpeningHours;
import be.loketopmaat.adapters.rest.openapi.ThemesByLocationType;
import be.loketopmaat.domain.catalogue.Theme;
import be.loketopmaat.domain.location.LocationType;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/** The city this server serves, shaped as in its reference data. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "City")
public record CityDto(
    @Schema(example = "antwerp") String code,
    @Schema(example = "Antwerpen") String name,
    ContactCentreDto contactCentre,
    String eCounterUrl,
    @Nullable String appUrl,
    List<DistrictDto> districts,
    @Schema(name = "themesByLocationType", implementation = ThemesByLocationType.class)
        Map<LocationType, List<Theme>> themesByLocationType,
    @Schema(description = "The city's own closing days, beside the ten Belgian legal holidays")
        List<HolidayDto> holidays) {

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(name = "ContactCentre")
  public record ContactCentreDto(
      @Schema(example = "03 22 11 333") String phone,
      @Schema(name = "hours", implementation = OpeningHours.class)
          Map<DayOfWeek, List<TimeWindowDto>> hours) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(name = "District")
  public record DistrictDto(
      @Schema(example = "berchem") String code, String name, CoordinatesDto centre) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(name = "CityHoliday")
  public record HolidayDto(
      @Schema(description = "Month and day, ISO 8601 (--MM-DD)", example = "--07-11") String day,
      LocalizedTextDto name) {}
}
