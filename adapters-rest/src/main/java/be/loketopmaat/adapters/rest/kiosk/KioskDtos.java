package be.loketopmaat.adapters.rest.kiosk;

import be.loketopmaat.adapters.rest.openapi.ApiLimits;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** The kiosk API's and the staff kiosk API's bodies. */
final class KioskDtos {
  private KioskDtos() {}

  @Serdeable
  @Schema(name = "KioskChallenge")
  record ChallengeDto(
      String id,
      @Schema(description = "32 random bytes, base64, for the card to sign") String challenge,
      String expires) {}

  @Serdeable
  @Schema(
      name = "KioskSessionRequest",
      requiredProperties = {"challenge", "signature", "certificates"})
  record SessionRequestDto(
      String challenge,
      @Schema(description = "The card's signature (SHA256withRSA) over the challenge, base64")
          String signature,
      @Schema(
              description =
                  "The card's authentication certificate, citizen CA and root, DER in base64, in"
                      + " that order")
          List<String> certificates,
      @Nullable @Schema(example = "nl") String language) {}

  @Serdeable
  @Schema(name = "KioskSession")
  record SessionDto(
      @Schema(description = "Send it as X-Kiosk-Session; shown this once") String token,
      String citizenName,
      String language,
      String expires) {}

  @Serdeable
  @Schema(name = "KioskLoginFailure")
  record LoginFailureDto(
      @Nullable @Schema(example = "PIN_BLOCKED") String reason, @Nullable String nationalNumber) {}

  @Serdeable
  @Schema(name = "KioskProduct")
  record ProductDto(String code, String name) {}

  @Serdeable
  @Schema(name = "KioskAttestRequest", requiredProperties = "model")
  record AttestRequestDto(
      @Schema(example = "MAIN_RESIDENCE") String model,
      @Nullable
          @Schema(
              example = "fr",
              description = "nl, fr or en: the screen's language now; the session's if absent")
          String language) {}

  @Serdeable
  @Schema(name = "KioskCivilStatusAct")
  record CivilStatusActDto(
      @Schema(pattern = ACT_NUMBER, example = "ACT-2012-R00002") String actNumber,
      @Schema(description = "BIRTH, RECOGNITION or MARRIAGE", example = "MARRIAGE") String kind,
      @Schema(
              description = "The extract's name in the language asked",
              example = "Extract of a marriage act")
          String name,
      @Nullable @Schema(type = "string", format = "date", example = "2012-06-16") String eventDate,
      @Schema(description = "NIS code of the municipality that drew it up", example = "11002")
          String municipality) {}

  @Serdeable
  @Schema(name = "KioskCivilStatusExtractRequest", requiredProperties = "actNumber")
  record ExtractRequestDto(
      @Schema(pattern = ACT_NUMBER, example = "ACT-2012-R00002") String actNumber,
      @Nullable
          @Schema(
              example = "fr",
              description = "nl, fr or en: the screen's language now; the session's if absent")
          String language) {}

  /** An act number as DABS writes them. */
  static final String ACT_NUMBER = "^[A-Z0-9-]{4,40}$";

  @Serdeable
  @Schema(name = "KioskPrintReport", requiredProperties = "printed")
  record PrintedDto(Boolean printed, @Nullable String fault) {}

  @Serdeable
  @Schema(name = "KioskPinCodesRequest", requiredProperties = "pickupAt")
  record PinCodesDto(@Nullable String email, @Nullable String phone, String pickupAt) {}

  @Serdeable
  @Schema(name = "KioskTicketRequest", requiredProperties = "product")
  record TicketDto(
      @Schema(pattern = ApiLimits.CODE, example = "waste-bags") String product,
      @Nullable
          @Schema(
              example = "fr",
              description =
                  "nl, fr or en: the screen's language, for the names on the slip (nl"
                      + " if absent)")
          String language) {}

  @Serdeable
  @Schema(name = "KioskTicket")
  record KioskTicketDto(
      String id,
      @Schema(description = "The number called out; starts at 1 each day", example = "17")
          int number,
      @Schema(example = "waste-bags") String product,
      @Schema(description = "In the language asked", example = "Huisvuilzakken") String productName,
      @Schema(example = "snelloket-leuven") String location,
      String locationName,
      @Schema(description = "WALK_IN or PICKUP") String purpose,
      @Schema(description = "Place in the queue; 1 is next", example = "3") int position,
      @Schema(
              description = "An estimate: due appointments go first, so it can be longer",
              example = "10")
          long estimatedWaitMinutes,
      @Schema(type = "string", format = "date-time", example = "2026-12-07T10:02:11+01:00")
          String issuedAt) {}

  @Serdeable
  @Schema(name = "KioskHeartbeat", requiredProperties = "status")
  record HeartbeatDto(@Schema(example = "ONLINE") String status) {}

  @Serdeable
  @Schema(name = "AttestVerification")
  record VerificationDto(
      boolean valid, String model, String modelName, String issuedBy, String issuedAt) {}

  @Serdeable
  @Schema(
      name = "KioskRegistration",
      requiredProperties = {"location", "name"})
  record RegistrationDto(String location, String name) {}

  @Serdeable
  @Schema(name = "Kiosk")
  record KioskDto(
      String id,
      String location,
      String name,
      boolean enabled,
      @Schema(description = "ONLINE, OUT_OF_PAPER, JAMMED or OFFLINE (silent counts as offline)")
          String status,
      @Nullable String lastSeen,
      @Nullable @Schema(description = "Only in the answer to the registration: shown this once")
          String secret) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(name = "Kiosks")
  record KiosksDto(List<KioskDto> kiosks) {}

  @Serdeable
  @Schema(name = "KioskEvent")
  record EventDto(String kind, @Nullable String pseudonym, @Nullable String detail, String at) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(name = "KioskUsage")
  record UsageDto(String kiosk, List<EventDto> events) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(name = "KioskEvaluation")
  record EvaluationDto(@Schema(example = "2026-11") String month, List<SiteEvaluationDto> sites) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(name = "KioskSiteEvaluation")
  record SiteEvaluationDto(
      String site,
      int kiosks,
      long sessions,
      @Schema(description = "Attests by model, PIN_CODES, TICKET") Map<String, Long> documents,
      @Schema(description = "Of all kiosk sessions that month, 0 to 1") double share,
      long downtimeMinutes,
      @Schema(description = "KEEP or RETIRE") String recommendation) {}
}
