package be.loketopmaat.adapters.rest.advice;

import be.loketopmaat.adapters.rest.common.CommonMapper;
import be.loketopmaat.adapters.rest.location.LocationMapper;
import be.loketopmaat.adapters.rest.product.ProductMapper;
import be.loketopmaat.domain.advice.Advice;
import be.loketopmaat.domain.advice.AdviceOption;
import be.loketopmaat.domain.advice.NearbyLocation;
import be.loketopmaat.domain.advice.PickupAdvice;
import be.loketopmaat.domain.catalogue.Product;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/** Channel advice as the API shows it. */
@Mapper(
    componentModel = MappingConstants.ComponentModel.JAKARTA,
    uses = {CommonMapper.class, ProductMapper.class, LocationMapper.class},
    injectionStrategy = InjectionStrategy.CONSTRUCTOR,
    unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface AdviceMapper {

  AdviceDto toDto(Advice advice);

  AdviceDto.AdvisedProductDto toAdvisedProduct(Product product);

  @Mapping(target = "family", source = "channel")
  AdviceDto.OptionDto toDto(AdviceOption option);

  AdviceDto.PickupDto toDto(PickupAdvice pickup);

  @Mapping(target = "code", source = "location.code")
  @Mapping(target = "name", source = "location.name")
  @Mapping(target = "type", source = "location.type")
  @Mapping(target = "district", source = "location.district")
  @Mapping(target = "address", source = "location.address")
  @Mapping(target = "distanceKm", source = "distanceKm", qualifiedByName = "roundedKm")
  AdviceDto.NearbyLocationDto toDto(NearbyLocation nearby);

  /**
   * Ten metres is finer than anyone walks to a counter; more digits would only suggest a precision
   * we lack.
   */
  @Named("roundedKm")
  default Double roundedKm(Double km) {
    return km == null ? null : Math.round(km * 100) / 100.0;
  }
}
