package be.loketopmaat.domain.catalogue;

import be.loketopmaat.domain.common.Formats;
import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.common.Violations;
import java.util.EnumSet;
import java.util.Set;

/**
 * One channel through which the city delivers a product, with the conditions that apply, an
 * optional note for the citizen and, for online channels, an optional direct link.
 */
public record ChannelOffer(
    Channel channel, Set<ChannelCondition> conditions, LocalizedText note, String url) {
  public ChannelOffer {
    new Violations()
        .requireNonNull(channel, "channel")
        .requireNoNulls(conditions, "conditions")
        .require(url == null || Formats.isHttpUrl(url), "url", "must be an http(s) URL")
        .throwIfAny();
    conditions =
        conditions == null || conditions.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(conditions));
  }

  public static ChannelOffer of(Channel channel, ChannelCondition... conditions) {
    return new ChannelOffer(
        channel,
        conditions.length == 0 ? Set.of() : EnumSet.of(conditions[0], conditions),
        null,
        null);
  }

  public boolean requires(ChannelCondition condition) {
    return conditions.contains(condition);
  }
}
