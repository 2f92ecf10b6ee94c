package be.loketopmaat.domain.advice;

import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ChannelCondition;
import be.loketopmaat.domain.catalogue.ChannelFamily;
import be.loketopmaat.domain.catalogue.ChannelOffer;
import be.loketopmaat.domain.catalogue.PickupStep;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.city.CityProfile;
import be.loketopmaat.domain.city.District;
import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.location.Coordinates;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.offer.OfferRules;
import be.loketopmaat.domain.offer.OfferedService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * No wrong door: for any product and citizen, the ordered ways to get it, each with a concrete next
 * step.
 *
 * <p>Order: the city's channel preference (Automate, Swipe, Call, Connect), adapted to the citizen:
 * one who prefers not to go digital sees the screens after the phone and the counters; one with
 * reduced mobility sees a home visit first among the physical ways. Ways that do not suit the
 * citizen (an e-counter that needs itsme they do not have) come last with the reason. A product the
 * city does not deliver is referred to the organisation that does. The answer always has at least
 * one suitable step: when nothing else fits, the contact centre.
 */
public final class ChannelAdvisor {
  /** How many locations each step suggests: enough to choose from, few enough to read. */
  public static final int MAX_SUGGESTED_LOCATIONS = 5;

  private final CityProfile city;
  private final OfferRules offerRules;

  public ChannelAdvisor(CityProfile city) {
    this.city = city;
    this.offerRules = new OfferRules(city);
  }

  public Advice advise(Product product, CitizenContext context, List<Location> locations) {
    Coordinates origin = origin(context);
    List<AdviceOption> options = new ArrayList<>();
    for (ChannelOffer offer : product.channels()) {
      AdviceOption option = optionFor(product, offer, context, locations, origin);
      if (option != null) {
        options.add(option);
      }
    }
    options.sort(
        Comparator.comparing((AdviceOption o) -> !o.suitable())
            .thenComparingInt(o -> groupRank(o, context))
            .thenComparing(AdviceOption::channel, Comparator.nullsLast(Comparator.naturalOrder())));
    product
        .referralTarget()
        .ifPresent(
            referral ->
                options.add(
                    product.referredElsewhere() ? 0 : options.size(),
                    new AdviceOption(
                        0,
                        StepKind.REFERRAL,
                        null,
                        true,
                        AdviceTexts.referral(referral.organisation()),
                        null,
                        referral.url(),
                        referral.phone(),
                        null,
                        List.of(),
                        referral)));
    if (options.stream().noneMatch(AdviceOption::suitable) || product.referredElsewhere()) {
      int at = (int) options.stream().filter(AdviceOption::suitable).count();
      options.add(at, contactCentre(AdviceTexts.phoneFallback(city.contactCentre().phone()), null));
    }
    List<AdviceOption> ranked = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      ranked.add(options.get(i).withRank(i + 1));
    }
    return new Advice(product, ranked, pickupAdvice(product, locations, origin));
  }

  private AdviceOption optionFor(
      Product product,
      ChannelOffer offer,
      CitizenContext context,
      List<Location> locations,
      Coordinates origin) {
    Channel channel = offer.channel();
    return switch (channel) {
      case AUTOMATE -> automatic(offer, context);
      case E_COUNTER ->
          online(offer, context, offer.url() != null ? offer.url() : city.eCounterUrl(), false);
      case APP -> {
        String url = offer.url() != null ? offer.url() : city.appUrl();
        yield url == null ? null : online(offer, context, url, true);
      }
      case KIOSK -> {
        List<NearbyLocation> kiosks = nearest(locations, product, OfferedService.KIOSK, origin);
        yield kiosks.isEmpty()
            ? null
            : new AdviceOption(
                0,
                StepKind.KIOSK,
                channel,
                !context.prefersNonDigital(),
                AdviceTexts.KIOSK,
                context.prefersNonDigital() ? AdviceTexts.PREFERS_NON_DIGITAL : offer.note(),
                null,
                null,
                null,
                kiosks,
                null);
      }
      case CALL -> contactCentre(AdviceTexts.phone(city.contactCentre().phone()), offer.note());
      case WALK_IN -> {
        List<NearbyLocation> counters = nearest(locations, product, OfferedService.WALK_IN, origin);
        yield counters.isEmpty()
            ? null
            : new AdviceOption(
                0,
                StepKind.WALK_IN,
                channel,
                true,
                AdviceTexts.WALK_IN,
                offer.note(),
                null,
                null,
                null,
                counters,
                null);
      }
      case COUNTER_APPOINTMENT -> {
        List<NearbyLocation> counters =
            nearest(locations, product, OfferedService.APPOINTMENT, origin);
        yield counters.isEmpty()
            ? null
            : new AdviceOption(
                0,
                StepKind.APPOINTMENT,
                channel,
                true,
                AdviceTexts.appointment(city.eCounterUrl(), city.contactCentre().phone()),
                product.presenceRequired() ? AdviceTexts.PRESENCE_REQUIRED : offer.note(),
                city.eCounterUrl(),
                city.contactCentre().phone(),
                null,
                counters,
                null);
      }
      case HOME_VISIT -> {
        // A home visit meant for those who cannot come stays in the list for everyone else too:
        // last, with the reason, so that a clerk or a relative can see that it exists.
        boolean suitable =
            !offer.requires(ChannelCondition.REDUCED_MOBILITY) || context.reducedMobility();
        yield new AdviceOption(
            0,
            StepKind.HOME_VISIT,
            channel,
            suitable,
            AdviceTexts.homeVisit(city.contactCentre().phone()),
            suitable ? offer.note() : AdviceTexts.ONLY_FOR_REDUCED_MOBILITY,
            null,
            city.contactCentre().phone(),
            city.contactCentre().hours(),
            List.of(),
            null);
      }
    };
  }

  /**
   * Automate. Only without conditions on the citizen's side is it really automatic ("nothing to
   * do"). When the product needs digital identification (e.g. a certificate that is ready at once
   * after logging in), the citizen has to log in: an online step, which does not suit a citizen
   * without eID reader or itsme, nor one who prefers not to go digital.
   */
  private AdviceOption automatic(ChannelOffer offer, CitizenContext context) {
    if (offer.requires(ChannelCondition.DIGITAL_IDENTIFICATION)) {
      String url = offer.url() != null ? offer.url() : city.eCounterUrl();
      boolean lacksId = context.lacksDigitalIdentification();
      return new AdviceOption(
          0,
          StepKind.ONLINE,
          Channel.AUTOMATE,
          !lacksId && !context.prefersNonDigital(),
          AdviceTexts.logInForIt(url),
          lacksId
              ? AdviceTexts.NEEDS_DIGITAL_IDENTIFICATION
              : context.prefersNonDigital() ? AdviceTexts.PREFERS_NON_DIGITAL : offer.note(),
          url,
          null,
          null,
          List.of(),
          null);
    }
    return new AdviceOption(
        0,
        StepKind.AUTOMATIC,
        Channel.AUTOMATE,
        true,
        offer.requires(ChannelCondition.UNCHANGED_SITUATION)
            ? AdviceTexts.AUTOMATIC_IF_UNCHANGED
            : AdviceTexts.AUTOMATIC,
        offer.note(),
        offer.url(),
        null,
        null,
        List.of(),
        null);
  }

  private AdviceOption online(ChannelOffer offer, CitizenContext context, String url, boolean app) {
    boolean lacksId =
        offer.requires(ChannelCondition.DIGITAL_IDENTIFICATION)
            && context.lacksDigitalIdentification();
    boolean suitable = !lacksId && !context.prefersNonDigital();
    LocalizedText caveat =
        lacksId
            ? AdviceTexts.NEEDS_DIGITAL_IDENTIFICATION
            : context.prefersNonDigital() ? AdviceTexts.PREFERS_NON_DIGITAL : offer.note();
    return new AdviceOption(
        0,
        StepKind.ONLINE,
        offer.channel(),
        suitable,
        app ? AdviceTexts.app(url) : AdviceTexts.online(url),
        caveat,
        url,
        null,
        null,
        List.of(),
        null);
  }

  private AdviceOption contactCentre(LocalizedText instruction, LocalizedText note) {
    return new AdviceOption(
        0,
        StepKind.PHONE,
        Channel.CALL,
        true,
        instruction,
        note,
        null,
        city.contactCentre().phone(),
        city.contactCentre().hours(),
        List.of(),
        null);
  }

  private static int groupRank(AdviceOption option, CitizenContext context) {
    if (option.channel() == null) {
      return 10;
    }
    if (option.channel() == Channel.HOME_VISIT && context.reducedMobility()) {
      return 3;
    }
    ChannelFamily family = option.channel().family();
    return switch (family) {
      case AUTOMATE -> 0;
      case SWIPE -> context.prefersNonDigital() ? 5 : 1;
      case CALL -> 2;
      case CONNECT -> 4;
    };
  }

  private PickupAdvice pickupAdvice(Product product, List<Location> locations, Coordinates origin) {
    PickupStep pickup = product.pickup();
    if (pickup == null) {
      return null;
    }
    return new PickupAdvice(
        pickup.appointmentRequired(),
        pickup.appointmentRequired() ? AdviceTexts.PICKUP_BY_APPOINTMENT : AdviceTexts.PICKUP,
        nearest(locations, product, OfferedService.PICKUP, origin));
  }

  private Coordinates origin(CitizenContext context) {
    if (context.position() != null) {
      return context.position();
    }
    if (context.homeDistrict() != null) {
      return city.district(context.homeDistrict()).map(District::centre).orElse(null);
    }
    return null;
  }

  /**
   * The locations that offer the service, nearest first; without a known origin, by type (hubs
   * first, as they have the longest hours) and then by name.
   */
  private List<NearbyLocation> nearest(
      List<Location> locations, Product product, OfferedService service, Coordinates origin) {
    Comparator<NearbyLocation> order =
        origin == null
            ? Comparator.comparingInt((NearbyLocation n) -> n.location().type().listingRank())
                .thenComparing(n -> n.location().name())
            : Comparator.comparingDouble(NearbyLocation::distanceKm)
                .thenComparing(n -> n.location().name());
    return locations.stream()
        .filter(location -> offerRules.offers(location, product, service))
        .map(
            location ->
                new NearbyLocation(
                    location,
                    origin == null ? null : round(origin.distanceKmTo(location.coordinates()))))
        .sorted(order)
        .limit(MAX_SUGGESTED_LOCATIONS)
        .toList();
  }

  private static double round(double km) {
    return Math.round(km * 100) / 100.0;
  }
}
