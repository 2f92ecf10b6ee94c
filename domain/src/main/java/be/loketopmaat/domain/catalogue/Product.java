package be.loketopmaat.domain.catalogue;

import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.location.Facility;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Something the city delivers to citizens (or refers them for). {@code pickup} and {@code referral}
 * may be null: most products have no separate pickup, and only products of other organisations have
 * a referral.
 */
public record Product(
    ProductCode code,
    LocalizedText name,
    Theme theme,
    LocalizedText description,
    List<ChannelOffer> channels,
    boolean presenceRequired,
    Duration deskDuration,
    Set<Facility> requiredFacilities,
    PickupStep pickup,
    Referral referral) {

  public Product {
    Violations violations =
        new Violations()
            .requireNonNull(code, "code")
            .requireNonNull(name, "name")
            .requireNonNull(theme, "theme");
    List<ChannelOffer> offers = channels == null ? List.of() : channels;
    violations
        .requireNoNulls(offers, "channels")
        .requireNoNulls(requiredFacilities, "requiredFacilities");
    Set<Channel> seen = new HashSet<>();
    for (int i = 0; i < offers.size(); i++) {
      ChannelOffer offer = offers.get(i);
      if (offer == null) {
        continue;
      }
      violations.require(
          seen.add(offer.channel()), "channels[" + i + "].channel", "is listed twice");
      violations.require(
          !presenceRequired || offer.channel().inPerson(),
          "channels[" + i + "].channel",
          "the law requires presence for this product, so it is delivered in person only");
    }
    violations.require(
        !offers.isEmpty() || referral != null,
        "channels",
        "a product needs at least one channel, or a referral to the organisation that delivers it");
    boolean needsDesk =
        seen.contains(Channel.COUNTER_APPOINTMENT)
            || seen.contains(Channel.WALK_IN)
            || seen.contains(Channel.HOME_VISIT);
    if (needsDesk) {
      violations.require(
          deskDuration != null, "deskDuration", "is required for a product delivered in person");
    }
    violations.require(
        deskDuration == null || (deskDuration.toMinutes() >= 1 && deskDuration.toMinutes() <= 240),
        "deskDuration",
        "must be between 1 and 240 minutes");
    violations.throwIfAny();
    channels = offers.stream().sorted(Comparator.comparing(ChannelOffer::channel)).toList();
    requiredFacilities =
        requiredFacilities == null || requiredFacilities.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(requiredFacilities));
  }

  public Optional<ChannelOffer> offer(Channel channel) {
    return channels.stream().filter(o -> o.channel() == channel).findFirst();
  }

  public boolean deliveredThrough(Channel channel) {
    return offer(channel).isPresent();
  }

  public Optional<PickupStep> pickupStep() {
    return Optional.ofNullable(pickup);
  }

  public Optional<Referral> referralTarget() {
    return Optional.ofNullable(referral);
  }

  /** A product the city does not deliver itself: it only refers to the organisation that does. */
  public boolean referredElsewhere() {
    return referral != null && channels.isEmpty();
  }
}
