package be.loketopmaat.adapters.rest.product;

import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.staff.StaffRoles;
import be.loketopmaat.application.port.in.ManageCatalogueUseCase;
import be.loketopmaat.domain.catalogue.Product;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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

@Secured({StaffRoles.ADMINISTRATOR})
@Controller("/api/v1/staff/products")
@Tag(name = "Staff: catalogue", description = "Staff keep the catalogue (bearer token required)")
@SecurityRequirement(name = "staffToken")
@ProblemResponse(code = "400", description = "The body is refused: 'errors' lists every field")
@ProblemResponse(code = "401", description = "Missing or wrong staff token")
public class StaffProductController {
  private final ManageCatalogueUseCase catalogue;
  private final ProductAssembler assembler;
  private final ProductMapper mapper;

  StaffProductController(
      ManageCatalogueUseCase catalogue, ProductAssembler assembler, ProductMapper mapper) {
    this.catalogue = catalogue;
    this.assembler = assembler;
    this.mapper = mapper;
  }

  @Post
  @Operation(operationId = "createProduct", summary = "Add a product to the catalogue")
  @ApiResponse(
      responseCode = "201",
      description = "Created",
      headers =
          @Header(
              name = "Location",
              description = "The product's URI",
              schema = @Schema(type = "string")),
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ProductDto.class)))
  @ProblemResponse(code = "409", description = "The code is taken")
  public HttpResponse<ProductDto> create(@Body ProductDto body) {
    Product created = catalogue.createProduct(assembler.toDomain(body, null));
    return HttpResponse.created(
        mapper.toDto(created),
        UriBuilder.of("/api/v1/products").path(created.code().value()).build());
  }

  @Put("/{code}")
  @Operation(
      operationId = "replaceProduct",
      summary = "Replace a product",
      description = "The body's code may be left out; if given, it must match the path.")
  @ApiResponse(responseCode = "200", description = "The product as stored")
  @ProblemResponse(code = "404", description = "No product has this code")
  public ProductDto replace(
      @Parameter(description = "The product's code") @PathVariable String code,
      @Body ProductDto body) {
    return mapper.toDto(catalogue.replaceProduct(assembler.toDomain(body, code)));
  }
}
