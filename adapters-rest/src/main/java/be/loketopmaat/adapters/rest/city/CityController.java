package be.loketopmaat.adapters.rest.city;

import be.loketopmaat.adapters.rest.http.ReferenceData;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@ReferenceData
@Controller("/api/v1/city")
@Tag(name = "City", description = "Which city this server serves")
public class CityController {
  private final CityProfileUseCase city;
  private final CityMapper mapper;

  CityController(CityProfileUseCase city, CityMapper mapper) {
    this.city = city;
    this.mapper = mapper;
  }

  @Get
  @Operation(
      operationId = "getCity",
      summary = "The city profile",
      description =
          "Districts, contact centre, e-counter and app, the themes per type of location, closing days.")
  @ApiResponse(responseCode = "200", description = "The city profile")
  public CityDto get() {
    return mapper.toDto(city.cityProfile());
  }
}
