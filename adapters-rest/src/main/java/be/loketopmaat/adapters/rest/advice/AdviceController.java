package be.loketopmaat.adapters.rest.advice;

import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.common.RequestAssembly;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.application.port.in.ChannelAdviceUseCase;
import be.loketopmaat.domain.advice.CitizenContext;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.location.Coordinates;
import be.loketopmaat.domain.location.DistrictCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/v1/advice")
@Tag(
    name = "Channel advice",
    description = "No wrong door: the best ways for this citizen to get this product")
public class AdviceController {
  private final ChannelAdviceUseCase advice;
  private final AdviceMapper mapper;

  AdviceController(ChannelAdviceUseCase advice, AdviceMapper mapper) {
    this.advice = advice;
    this.mapper = mapper;
  }

  @Get
  @Operation(
      operationId = "advise",
      summary = "Advise the ways to get a product",
      description =
          "Everything but the product is optional: the more the citizen tells, the better the advice.")
  @ApiResponse(responseCode = "200", description = "The options, best first; never empty")
  @ProblemResponse(
      code = "400",
      description =
          "A missing product, a malformed value, an unknown district,"
              + " or only one of latitude and longitude")
  @ProblemResponse(code = "404", description = "No product has this code")
  public AdviceDto advise(
      @Parameter(description = "The product's code", required = true, example = "eid-application")
          @QueryValue
          String product,
      @Parameter(
              description = "Has an eID card reader or itsme; unknown when left out",
              schema = @Schema(type = "boolean"))
          @Nullable
          @QueryValue
          String digitalIdentification,
      @Parameter(
              description = "Prefers not to use a screen",
              schema = @Schema(type = "boolean", defaultValue = "false"))
          @Nullable
          @QueryValue
          String prefersNonDigital,
      @Parameter(
              description = "Finds it hard to get about",
              schema = @Schema(type = "boolean", defaultValue = "false"))
          @Nullable
          @QueryValue
          String reducedMobility,
      @Parameter(description = "Home district, to suggest nearby locations", example = "berchem")
          @Nullable
          @QueryValue
          String district,
      @Parameter(description = "Position (WGS 84), together with longitude", example = "51.2")
          @Nullable
          @QueryValue
          Double latitude,
      @Parameter(description = "Position (WGS 84), together with latitude", example = "4.42")
          @Nullable
          @QueryValue
          Double longitude) {
    RequestAssembly request = new RequestAssembly();
    ProductCode code = request.value("product", product, ProductCode::new);
    Boolean digital = Params.strictBoolean(request, "digitalIdentification", digitalIdentification);
    Boolean nonDigital = Params.strictBoolean(request, "prefersNonDigital", prefersNonDigital);
    Boolean mobility = Params.strictBoolean(request, "reducedMobility", reducedMobility);
    DistrictCode home =
        district == null ? null : request.value("district", district, DistrictCode::new);
    Coordinates position = Params.position(request, latitude, longitude);
    request.throwIfAny();
    CitizenContext context =
        new CitizenContext(
            digital,
            Boolean.TRUE.equals(nonDigital),
            Boolean.TRUE.equals(mobility),
            home,
            position);
    return mapper.toDto(advice.advise(code, context));
  }
}
