package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.ChannelAdviceUseCase;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.domain.advice.Advice;
import be.loketopmaat.domain.advice.ChannelAdvisor;
import be.loketopmaat.domain.advice.CitizenContext;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.city.CityProfile;
import be.loketopmaat.domain.common.InvalidInputException;

/** Channel advice: gathers the product, the city and its locations, and lets the domain decide. */
public final class ChannelAdviceService implements ChannelAdviceUseCase {
  private final ProductRepository products;
  private final LocationRepository locations;
  private final CityProfileUseCase city;

  public ChannelAdviceService(
      ProductRepository products, LocationRepository locations, CityProfileUseCase city) {
    this.products = products;
    this.locations = locations;
    this.city = city;
  }

  @Override
  public Advice advise(ProductCode code, CitizenContext context) {
    Product product =
        products.findByCode(code).orElseThrow(() -> new NotFoundException("product", code.value()));
    CityProfile profile = city.cityProfile();
    if (context.homeDistrict() != null && profile.district(context.homeDistrict()).isEmpty()) {
      throw new InvalidInputException(
          "district", "unknown district '{0}'", context.homeDistrict().value());
    }
    return new ChannelAdvisor(profile).advise(product, context, locations.findAll());
  }
}
