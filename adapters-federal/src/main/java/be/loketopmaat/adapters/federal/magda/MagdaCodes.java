package be.loketopmaat.adapters.federal.magda;

import be.loketopmaat.domain.population.AttestModel;
import be.loketopmaat.domain.population.HouseholdRole;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The contract's codes for domain values, and back. */
final class MagdaCodes {
  private static final Map<AttestModel, String> MODELS = new EnumMap<>(AttestModel.class);
  private static final Map<HouseholdRole, String> ROLES = new EnumMap<>(HouseholdRole.class);

  static {
    MODELS.put(AttestModel.HOUSEHOLD_COMPOSITION, "household-composition");
    MODELS.put(AttestModel.MAIN_RESIDENCE, "main-residence");
    MODELS.put(AttestModel.MAIN_RESIDENCE_WITH_HISTORY, "main-residence-history");
    MODELS.put(AttestModel.NATIONALITY, "nationality");
    MODELS.put(AttestModel.LIFE, "life");
    MODELS.put(AttestModel.LEGAL_COHABITATION, "legal-cohabitation");
    MODELS.put(AttestModel.RESIDENCE_FOR_MARRIAGE, "residence-for-marriage");
    MODELS.put(AttestModel.BURIAL_MODE_AND_RITES, "burial-mode-and-rites");
    MODELS.put(AttestModel.ELECTORAL_REGISTER, "electoral-register");
    MODELS.put(AttestModel.EXTRACT_FROM_REGISTERS, "extract-from-registers");
    ROLES.put(HouseholdRole.REFERENCE_PERSON, "reference-person");
    ROLES.put(HouseholdRole.PARTNER, "partner");
    ROLES.put(HouseholdRole.CHILD, "child");
    ROLES.put(HouseholdRole.PARENT, "parent");
    ROLES.put(HouseholdRole.OTHER_RELATIVE, "other-relative");
    ROLES.put(HouseholdRole.UNRELATED, "unrelated");
  }

  private MagdaCodes() {}

  static String code(AttestModel model) {
    return MODELS.get(model);
  }

  static Optional<AttestModel> model(String code) {
    return MODELS.entrySet().stream()
        .filter(e -> e.getValue().equals(code))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  static Optional<HouseholdRole> role(String code) {
    return ROLES.entrySet().stream()
        .filter(e -> e.getValue().equals(code))
        .map(Map.Entry::getKey)
        .findFirst();
  }
}
