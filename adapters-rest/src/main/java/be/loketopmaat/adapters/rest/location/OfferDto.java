package be.loketopmaat.adapters.rest.location;

import be.loketopmaat.domain.offer.OfferedService;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What a location does for one product. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Offer")
public record OfferDto(
    @Schema(example = "eid-application") String product, List<OfferedService> services) {}
