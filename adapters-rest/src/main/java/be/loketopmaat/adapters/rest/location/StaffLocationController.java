package be.loketopmaat.adapters.rest.location;

import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.staff.StaffRoles;
import be.loketopmaat.application.port.in.BrowseLocationsUseCase;
import be.loketopmaat.application.port.in.ManageLocationsUseCase;
import be.loketopmaat.domain.location.CalendarException;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

@Secured({StaffRoles.LOCATION_MANAGER, StaffRoles.ADMINISTRATOR})
@Controller("/api/v1/staff/locations")
@Tag(
    name = "Staff: locations",
    description = "Staff keep the locations and their calendars (bearer token required)")
@SecurityRequirement(name = "staffToken")
@ProblemResponse(code = "400", description = "The request is refused: 'errors' lists every field")
@ProblemResponse(code = "401", description = "Missing or wrong staff token")
public class StaffLocationController {
  private final ManageLocationsUseCase manage;
  private final BrowseLocationsUseCase browse;
  private final LocationAssembler assembler;
  private final LocationMapper mapper;

  StaffLocationController(
      ManageLocationsUseCase manage,
      BrowseLocationsUseCase browse,
      LocationAssembler assembler,
      LocationMapper mapper) {
    this.manage = manage;
    this.browse = browse;
    this.assembler = assembler;
    this.mapper = mapper;
  }

  @Post
  @Operation(
      operationId = "createLocation",
      summary = "Add a location",
      description =
          "'exceptions' and 'offer' are read only and ignored here. The answer is the location as GET shows it.")
  @ApiResponse(
      responseCode = "201",
      description = "Created",
      headers =
          @Header(
              name = "Location",
              description = "The location's URI",
              schema = @Schema(type = "string")),
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = LocationDto.class)))
  @ProblemResponse(code = "409", description = "The code is taken")
  public HttpResponse<LocationDto> create(@Body LocationDto body) {
    Location created = manage.createLocation(assembler.toDomain(body, null));
    return HttpResponse.created(
        current(created.code()),
        UriBuilder.of("/api/v1/locations").path(created.code().value()).build());
  }

  @Put("/{code}")
  @Operation(
      operationId = "replaceLocation",
      summary = "Replace a location",
      description =
          "The body's code may be left out; if given, it must match the path. Calendar exceptions are kept.")
  @ApiResponse(responseCode = "200", description = "The location as GET shows it")
  @ProblemResponse(code = "404", description = "No location has this code")
  public LocationDto replace(
      @Parameter(description = "The location's code") @PathVariable String code,
      @Body LocationDto body) {
    Location replaced = manage.replaceLocation(assembler.toDomain(body, code));
    return current(replaced.code());
  }

  @Post("/{code}/calendar-exceptions")
  @Operation(
      operationId = "addCalendarException",
      summary = "Close a location, or open it extra, for a range of dates",
      description = "The server chooses the id; an id in the body is ignored.")
  @ApiResponse(
      responseCode = "201",
      description = "Created",
      headers =
          @Header(
              name = "Location",
              description = "The exception's URI, for DELETE",
              schema = @Schema(type = "string")),
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CalendarExceptionDto.class)))
  @ProblemResponse(code = "404", description = "No location has this code")
  public HttpResponse<CalendarExceptionDto> addException(
      @Parameter(description = "The location's code") @PathVariable String code,
      @Body CalendarExceptionDto body) {
    LocationCode location = Params.code("code", code, LocationCode::new);
    CalendarException added =
        manage.addCalendarException(location, assembler.toDomain(body, UUID.randomUUID()));
    return HttpResponse.created(
        mapper.toDto(added),
        UriBuilder.of("/api/v1/staff/locations")
            .path(location.value())
            .path("calendar-exceptions")
            .path(added.id().toString())
            .build());
  }

  @Delete("/{code}/calendar-exceptions/{id}")
  @Operation(operationId = "removeCalendarException", summary = "Remove a closure or extra opening")
  @ApiResponse(responseCode = "204", description = "Removed")
  @ProblemResponse(code = "404", description = "No such location, or no such exception at it")
  public HttpResponse<Void> removeException(
      @Parameter(description = "The location's code") @PathVariable String code,
      @Parameter(description = "The exception's id") @PathVariable UUID id) {
    manage.removeCalendarException(Params.code("code", code, LocationCode::new), id);
    return HttpResponse.noContent();
  }

  /**
   * The answer to a change is the location as GET shows it, offer included, so clients need no
   * second call.
   */
  private LocationDto current(LocationCode code) {
    return mapper.toDto(browse.getLocation(code));
  }
}
