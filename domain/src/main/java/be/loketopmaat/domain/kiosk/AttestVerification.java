package be.loketopmaat.domain.kiosk;

import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.population.NisCode;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * What the public verification of an attest (or a civil-status extract) printed at a kiosk tells:
 * the model ({@link KioskDocument}), the municipality that issued it and when, nothing about the
 * person. Valid once the kiosk reports it printed; an attest whose print failed never becomes
 * valid.
 */
public record AttestVerification(
    String code,
    KioskDocument model,
    NisCode issuedBy,
    LocalDateTime issuedAt,
    UUID kiosk,
    LocationCode location,
    boolean printed) {
  public AttestVerification {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(issuedBy, "issuedBy");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(kiosk, "kiosk");
    Objects.requireNonNull(location, "location");
  }
}
