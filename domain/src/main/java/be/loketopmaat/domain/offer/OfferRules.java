package be.loketopmaat.domain.offer;

import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.PickupStep;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.Theme;
import be.loketopmaat.domain.city.CityProfile;
import be.loketopmaat.domain.location.DeskCapability;
import be.loketopmaat.domain.location.Facility;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationType;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which location offers what. A location's offer follows from its type (the same for every location
 * of that type, as the city decides in its profile), its facilities and its desks: a product that
 * needs a safe is never offered where there is none, nor where no desk can handle its theme.
 */
public final class OfferRules {
  private final CityProfile city;

  public OfferRules(CityProfile city) {
    this.city = city;
  }

  public Set<OfferedService> servicesAt(Location location, Product product) {
    if (product.referredElsewhere()) {
      return Set.of();
    }
    EnumSet<OfferedService> services = EnumSet.noneOf(OfferedService.class);
    LocationType type = location.type();
    boolean themeOffered = city.themesOfferedAt(type).contains(product.theme());
    DeskCapability themeDesk = deskCapabilityFor(product.theme());
    if (themeOffered
        && product.deliveredThrough(Channel.COUNTER_APPOINTMENT)
        && type.serves(Channel.COUNTER_APPOINTMENT)
        && location.hasAll(product.requiredFacilities())
        && location.hasDeskFor(themeDesk)) {
      services.add(OfferedService.APPOINTMENT);
    }
    if (themeOffered
        && product.deliveredThrough(Channel.WALK_IN)
        && type.serves(Channel.WALK_IN)
        && location.hasAll(product.requiredFacilities())
        && (location.hasDeskFor(DeskCapability.PICKUP) || location.hasDeskFor(themeDesk))) {
      services.add(OfferedService.WALK_IN);
    }
    PickupStep pickup = product.pickup();
    if (themeOffered
        && pickup != null
        && (type.serves(Channel.WALK_IN) || type.serves(Channel.COUNTER_APPOINTMENT))
        && location.hasAll(pickup.requiredFacilities())
        && location.hasDeskFor(DeskCapability.PICKUP)) {
      services.add(OfferedService.PICKUP);
    }
    if (product.deliveredThrough(Channel.KIOSK)
        && type.serves(Channel.KIOSK)
        && location.has(Facility.KIOSK_TERMINAL)) {
      services.add(OfferedService.KIOSK);
    }
    return services;
  }

  public boolean offers(Location location, Product product) {
    return !servicesAt(location, product).isEmpty();
  }

  public boolean offers(Location location, Product product, OfferedService service) {
    return servicesAt(location, product).contains(service);
  }

  public static DeskCapability deskCapabilityFor(Theme theme) {
    return switch (theme) {
      case IDENTITY -> DeskCapability.IDENTITY;
      case MOBILITY -> DeskCapability.MOBILITY;
      case HOUSING -> DeskCapability.HOUSING;
      case LIFE_EVENTS -> DeskCapability.LIFE_EVENTS;
      case OTHER -> DeskCapability.OTHER;
    };
  }
}
