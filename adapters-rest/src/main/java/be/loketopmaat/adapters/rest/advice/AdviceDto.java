package be.loketopmaat.adapters.rest.advice;

import be.loketopmaat.adapters.rest.common.LocalizedTextDto;
import be.loketopmaat.adapters.rest.common.TimeWindowDto;
import be.loketopmaat.adapters.rest.location.AddressDto;
import be.loketopmaat.adapters.rest.openapi.OpeningHours;
import be.loketopmaat.adapters.rest.product.ReferralDto;
import be.loketopmaat.domain.advice.StepKind;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ChannelFamily;
import be.loketopmaat.domain.catalogue.Theme;
import be.loketopmaat.domain.location.LocationType;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/** The ordered ways for one citizen to get one product, best first, never empty. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Advice")
public record AdviceDto(
    AdvisedProductDto product, List<OptionDto> options, @Nullable PickupDto pickup) {

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(name = "AdvisedProduct")
  public record AdvisedProductDto(
      String code, LocalizedTextDto name, Theme theme, boolean presenceRequired) {}

  /**
   * One way to get the product with a concrete next step. Fields that do not apply to the step are
   * null (or empty for {@code locations}); {@code channel} and {@code family} are null for a
   * referral.
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(name = "AdviceOption")
  public record OptionDto(
      @Schema(description = "1 is best") int rank,
      StepKind step,
      @Nullable Channel channel,
      @Nullable ChannelFamily family,
      @Schema(
              description =
                  "False for a way that does not suit this citizen; the reason is in 'caveat'")
          boolean suitable,
      LocalizedTextDto instruction,
      @Nullable LocalizedTextDto caveat,
      @Nullable String url,
      @Nullable String phone,
      @Nullable
          @Schema(
              implementation = OpeningHours.class,
              nullable = true,
              description = "Opening hours of the channel (the contact centre's)")
          Map<DayOfWeek, List<TimeWindowDto>> hours,
      List<NearbyLocationDto> locations,
      @Nullable ReferralDto referral) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(
      name = "PickupAdvice",
      description =
          "Where to collect the document once made; the advice has none when the product has no pickup step")
  public record PickupDto(
      boolean appointmentRequired,
      LocalizedTextDto instruction,
      List<NearbyLocationDto> locations) {}

  /**
   * A suggested location; {@code distanceKm} only when the citizen's position or district is known.
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(name = "NearbyLocation")
  public record NearbyLocationDto(
      String code,
      String name,
      LocationType type,
      String district,
      AddressDto address,
      @Nullable @Schema(example = "1.42") Double distanceKm) {}
}
