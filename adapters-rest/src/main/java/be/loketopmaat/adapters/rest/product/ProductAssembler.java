package be.loketopmaat.adapters.rest.product;

import be.loketopmaat.adapters.rest.common.CommonMapper;
import be.loketopmaat.adapters.rest.common.RequestAssembly;
import be.loketopmaat.domain.catalogue.ChannelCondition;
import be.loketopmaat.domain.catalogue.ChannelOffer;
import be.loketopmaat.domain.catalogue.PickupStep;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.catalogue.Referral;
import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.location.Facility;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Builds a domain product from a request body, reporting every refused field by its JSON path (see
 * {@link RequestAssembly} for why this direction is not generated).
 */
@Singleton
public final class ProductAssembler {
  private final CommonMapper common;

  ProductAssembler(CommonMapper common) {
    this.common = common;
  }

  /**
   * @param pathCode the code in the URL of a PUT, which the body may leave out but not contradict;
   *     null for a POST, where the body must carry it
   * @throws be.loketopmaat.domain.common.InvalidInputException listing every refused field
   */
  public Product toDomain(ProductDto body, @Nullable String pathCode) {
    RequestAssembly request = new RequestAssembly();
    ProductCode productCode = request.code(body.code(), pathCode, ProductCode::new);
    LocalizedText name = request.nested("name", body.name(), common::toDomain);
    LocalizedText description = request.nested("description", body.description(), common::toDomain);
    List<ChannelOffer> channels =
        request.list(
            "channels", body.channels(), (path, offer) -> channelOffer(request, path, offer));
    Boolean presenceRequired = request.required("presenceRequired", body.presenceRequired());
    Set<Facility> facilities =
        request.enums("requiredFacilities", body.requiredFacilities(), Facility.class);
    PickupStep pickup = request.nested("pickup", body.pickup(), p -> pickup(request, p));
    Referral referral = request.nested("referral", body.referral(), r -> referral(request, r));
    return request.finish(
        () ->
            new Product(
                productCode,
                name,
                body.theme(),
                description,
                channels,
                Boolean.TRUE.equals(presenceRequired),
                minutes(body.deskMinutes()),
                facilities,
                pickup,
                referral));
  }

  private ChannelOffer channelOffer(RequestAssembly request, String path, ChannelOfferDto offer) {
    LocalizedText note = request.nested(path + ".note", offer.note(), common::toDomain);
    Set<ChannelCondition> conditions =
        request.enums(path + ".conditions", offer.conditions(), ChannelCondition.class);
    return request.build(
        path, () -> new ChannelOffer(offer.channel(), conditions, note, offer.url()));
  }

  private PickupStep pickup(RequestAssembly request, PickupStepDto pickup) {
    LocalizedText note = request.nested("pickup.note", pickup.note(), common::toDomain);
    Set<Facility> facilities =
        request.enums("pickup.requiredFacilities", pickup.requiredFacilities(), Facility.class);
    Boolean appointmentRequired =
        request.required("pickup.appointmentRequired", pickup.appointmentRequired());
    return new PickupStep(
        minutes(pickup.deskMinutes()), facilities, Boolean.TRUE.equals(appointmentRequired), note);
  }

  private Referral referral(RequestAssembly request, ReferralDto referral) {
    LocalizedText description =
        request.nested("referral.description", referral.description(), common::toDomain);
    return new Referral(referral.organisation(), description, referral.url(), referral.phone());
  }

  private static Duration minutes(Integer minutes) {
    return minutes == null ? null : Duration.ofMinutes(minutes);
  }
}
