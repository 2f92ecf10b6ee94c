package be.loketopmaat.adapters.rest.reminder;

import be.loketopmaat.adapters.rest.common.ApiTimes;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.staff.StaffRoles;
import be.loketopmaat.application.port.in.RemindCitizensUseCase;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Lets a scheduler outside the service (cron, a CI job) send the day-before reminders; running it
 * twice is safe.
 */
@Secured({StaffRoles.ADMINISTRATOR})
@Controller("/api/v1/staff/reminders")
@Tag(
    name = "Staff: reminders",
    description = "Reminders the day before an appointment (bearer token required)")
@SecurityRequirement(name = "staffToken")
public class StaffReminderController {
  private final RemindCitizensUseCase reminders;
  private final Clock clock;

  StaffReminderController(RemindCitizensUseCase reminders, Clock clock) {
    this.reminders = reminders;
    this.clock = clock;
  }

  @Post
  @Operation(
      operationId = "queueReminders",
      summary = "Queue the reminders of one day's appointments",
      description = "Each appointment is reminded once, however often this runs.")
  @ApiResponse(responseCode = "200", description = "How many reminders were newly queued")
  @ProblemResponse(code = "400", description = "A malformed date")
  @ProblemResponse(code = "401", description = "Missing or wrong staff token")
  public RemindersDto remind(
      @Parameter(
              description =
                  "The appointments' day (YYYY-MM-DD); tomorrow in Brussels when left out")
          @Nullable
          @QueryValue
          LocalDate date) {
    LocalDate day = date == null ? ApiTimes.today(clock).plusDays(1) : date;
    return new RemindersDto(reminders.remindAppointmentsOn(day));
  }

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(name = "Reminders")
  public record RemindersDto(
      @Schema(description = "Reminders newly queued", example = "42") int queued) {}
}
