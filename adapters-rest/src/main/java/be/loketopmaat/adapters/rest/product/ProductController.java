package be.loketopmaat.adapters.rest.product;

import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.http.ReferenceData;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.application.port.in.BrowseCatalogueUseCase;
import be.loketopmaat.application.port.in.BrowseCatalogueUseCase.ProductFilter;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.catalogue.Theme;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

@ReferenceData
@Controller("/api/v1/products")
@Tag(name = "Catalogue", description = "What the city delivers, through which channels")
public class ProductController {
  private final BrowseCatalogueUseCase catalogue;
  private final ProductMapper mapper;

  ProductController(BrowseCatalogueUseCase catalogue, ProductMapper mapper) {
    this.catalogue = catalogue;
    this.mapper = mapper;
  }

  @Get
  @Operation(
      operationId = "listProducts",
      summary = "List products",
      description = "Products matching all the given filters.")
  @ApiResponse(responseCode = "200", description = "The matching products, possibly none")
  @ProblemResponse(code = "400", description = "An unknown theme or channel")
  public List<ProductDto> list(
      @Parameter(description = "Only products of this theme") @Nullable @QueryValue Theme theme,
      @Parameter(description = "Only products delivered through this channel") @Nullable @QueryValue
          Channel channel,
      @Parameter(description = "Text in the code or in the name in any language, ignoring case")
          @Nullable
          @QueryValue
          String text) {
    return mapper.toDtos(catalogue.findProducts(new ProductFilter(theme, channel, text)));
  }

  @Get("/{code}")
  @Operation(operationId = "getProduct", summary = "Get one product")
  @ApiResponse(responseCode = "200", description = "The product")
  @ProblemResponse(code = "404", description = "No product has this code")
  public ProductDto get(
      @Parameter(description = "The product's code", example = "eid-application") @PathVariable
          String code) {
    return mapper.toDto(catalogue.getProduct(Params.code("code", code, ProductCode::new)));
  }
}
