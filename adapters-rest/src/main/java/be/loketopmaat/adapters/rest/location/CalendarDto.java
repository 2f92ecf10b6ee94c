package be.loketopmaat.adapters.rest.location;

import be.loketopmaat.adapters.rest.common.LocalizedTextDto;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The resolved opening of one location over a range of dates (both inclusive). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "OpeningCalendar")
public record CalendarDto(
    String location,
    LocalDate from,
    LocalDate to,
    List<OpenWindowDto> windows,
    List<ClosedDayDto> closedDays) {

  /** {@code evening}: open after 18:00; {@code saturday}: on a Saturday. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(name = "OpenWindow")
  public record OpenWindowDto(
      LocalDate date,
      @JsonFormat(pattern = "HH:mm") @Schema(type = "string", example = "08:30") LocalTime start,
      @JsonFormat(pattern = "HH:mm") @Schema(type = "string", example = "19:00") LocalTime end,
      boolean evening,
      boolean saturday) {}

  /** A day on which the location would be open but is closed, and why. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(name = "ClosedDay")
  public record ClosedDayDto(LocalDate date, LocalizedTextDto reason) {}
}
