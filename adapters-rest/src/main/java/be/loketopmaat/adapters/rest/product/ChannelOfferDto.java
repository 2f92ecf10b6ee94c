package be.loketopmaat.adapters.rest.product;

import be.loketopmaat.adapters.rest.common.LocalizedTextDto;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ChannelCondition;
import be.loketopmaat.domain.catalogue.ChannelFamily;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One channel that delivers a product. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "ChannelOffer",
    requiredProperties = {"channel"})
public record ChannelOfferDto(
    Channel channel,
    @Nullable
        @Schema(
            accessMode = Schema.AccessMode.READ_ONLY,
            description =
                "Automate, Swipe, Call or Connect: follows from the channel, ignored in requests")
        ChannelFamily family,
    @Nullable List<ChannelCondition> conditions,
    @Nullable LocalizedTextDto note,
    @Nullable String url) {}
