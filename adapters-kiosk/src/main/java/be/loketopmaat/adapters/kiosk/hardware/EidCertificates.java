package be.loketopmaat.adapters.kiosk.hardware;

import java.security.cert.X509Certificate;
import java.util.Objects;

/** The certificates on a Belgian eID card (3F00/DF00/5038..503C). */
public record EidCertificates(
    X509Certificate authentication,
    X509Certificate signing,
    X509Certificate citizenCa,
    X509Certificate root,
    X509Certificate nationalRegister) {
  public EidCertificates {
    Objects.requireNonNull(authentication, "authentication");
    Objects.requireNonNull(citizenCa, "citizenCa");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(nationalRegister, "nationalRegister");
  }
}
