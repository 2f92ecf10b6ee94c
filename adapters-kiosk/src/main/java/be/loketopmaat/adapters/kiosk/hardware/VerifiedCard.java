package be.loketopmaat.adapters.kiosk.hardware;

import java.util.Objects;

/**
 * Everything read from a card whose files matched their signatures and whose certificates chained.
 */
public record VerifiedCard(
    EidIdentity identity, EidAddress address, byte[] photo, EidCertificates certificates) {
  public VerifiedCard {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(certificates, "certificates");
    photo = photo.clone();
  }

  @Override
  public byte[] photo() {
    return photo.clone();
  }
}
