package be.loketopmaat.domain.kiosk;

import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.population.AttestModel;

/**
 * A kind of document a kiosk prints with the city's verification stamp: a population-register
 * attest ({@link AttestModel}) or an extract of a civil-status act ({@link ExtractKind}). Its
 * {@link #name()} is what the verification and the usage log say; the names of the two kinds never
 * meet.
 */
public interface KioskDocument {

  /** The constant's name: {@code MAIN_RESIDENCE}, {@code BIRTH_ACT_EXTRACT}. */
  String name();

  /** The document's name as a citizen knows it. */
  LocalizedText title();

  /** The kind named {@code name}, an attest model or an extract kind. */
  static KioskDocument of(String name) {
    for (ExtractKind kind : ExtractKind.values()) {
      if (kind.name().equals(name)) {
        return kind;
      }
    }
    return AttestModel.valueOf(name);
  }
}
