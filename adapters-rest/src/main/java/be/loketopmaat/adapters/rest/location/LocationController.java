package be.loketopmaat.adapters.rest.location;

import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.http.ReferenceData;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.application.port.in.BrowseLocationsUseCase;
import be.loketopmaat.application.port.in.BrowseLocationsUseCase.LocationFilter;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.location.DistrictCode;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.location.LocationType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;

@ReferenceData
@Controller("/api/v1/locations")
@Tag(
    name = "Locations",
    description = "Where the city serves citizens, what each place offers, and when it is open")
public class LocationController {
  private final BrowseLocationsUseCase locations;
  private final LocationMapper mapper;

  LocationController(BrowseLocationsUseCase locations, LocationMapper mapper) {
    this.locations = locations;
    this.mapper = mapper;
  }

  @Get
  @Operation(
      operationId = "listLocations",
      summary = "List locations",
      description = "Locations matching all the given filters, without their offer.")
  @ApiResponse(responseCode = "200", description = "The matching locations, possibly none")
  @ProblemResponse(code = "400", description = "An unknown type or a malformed code")
  @ProblemResponse(code = "404", description = "The product filter names no product")
  public List<LocationDto> list(
      @Parameter(description = "Only locations of this type") @Nullable @QueryValue
          LocationType type,
      @Parameter(description = "Only locations in this district", example = "berchem")
          @Nullable
          @QueryValue
          String district,
      @Parameter(
              description = "Only locations that offer this product in some way",
              example = "eid-application")
          @Nullable
          @QueryValue
          String product) {
    return mapper.toDtos(
        locations.findLocations(
            new LocationFilter(
                type,
                Params.code("district", district, DistrictCode::new),
                Params.code("product", product, ProductCode::new))));
  }

  @Get("/{code}")
  @Operation(operationId = "getLocation", summary = "Get one location with its offer")
  @ApiResponse(
      responseCode = "200",
      description = "The location, with what it does for each product")
  @ProblemResponse(code = "404", description = "No location has this code")
  public LocationDto get(
      @Parameter(description = "The location's code", example = "districtshuis-deurne")
          @PathVariable
          String code) {
    return mapper.toDto(locations.getLocation(Params.code("code", code, LocationCode::new)));
  }

  @Get("/{code}/calendar")
  @Operation(
      operationId = "getOpeningCalendar",
      summary = "The opening calendar of a location",
      description =
          "Open windows and closed days, with holidays, closures and extra openings applied."
              + " At most 366 days.")
  @ApiResponse(responseCode = "200", description = "The calendar")
  @ProblemResponse(code = "400", description = "A malformed date, or 'to' before 'from'")
  @ProblemResponse(code = "404", description = "No location has this code")
  public CalendarDto calendar(
      @Parameter(description = "The location's code") @PathVariable String code,
      @Parameter(
              description = "First day (YYYY-MM-DD); today when left out",
              example = "2026-12-21")
          @Nullable
          @QueryValue
          LocalDate from,
      @Parameter(
              description = "Last day (YYYY-MM-DD); two weeks after 'from' when left out",
              example = "2026-12-31")
          @Nullable
          @QueryValue
          LocalDate to) {
    return mapper.toDto(
        locations.openingCalendar(Params.code("code", code, LocationCode::new), from, to));
  }
}
