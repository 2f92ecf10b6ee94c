package be.loketopmaat.adapters.rest.product;

import be.loketopmaat.adapters.rest.common.CommonMapper;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ChannelFamily;
import be.loketopmaat.domain.catalogue.ChannelOffer;
import be.loketopmaat.domain.catalogue.PickupStep;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.Referral;
import java.time.Duration;
import java.util.List;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** Catalogue products as the API shows them. The way back is {@link ProductAssembler}. */
@Mapper(
    componentModel = MappingConstants.ComponentModel.JAKARTA,
    uses = CommonMapper.class,
    injectionStrategy = InjectionStrategy.CONSTRUCTOR,
    unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface ProductMapper {

  @Mapping(target = "deskMinutes", source = "deskDuration")
  ProductDto toDto(Product product);

  List<ProductDto> toDtos(List<Product> products);

  @Mapping(target = "family", source = "channel")
  ChannelOfferDto toDto(ChannelOffer offer);

  @Mapping(target = "deskMinutes", source = "deskDuration")
  PickupStepDto toDto(PickupStep pickup);

  ReferralDto toDto(Referral referral);

  default Integer minutes(Duration duration) {
    return duration == null ? null : Math.toIntExact(duration.toMinutes());
  }

  default ChannelFamily family(Channel channel) {
    return channel == null ? null : channel.family();
  }
}
