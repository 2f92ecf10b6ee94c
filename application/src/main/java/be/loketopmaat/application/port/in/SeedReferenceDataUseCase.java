package be.loketopmaat.application.port.in;

/** Fills an empty database with the configured city's reference data, once. */
public interface SeedReferenceDataUseCase {

  /**
   * Loads the reference data into an empty database, all or nothing. A database that already holds
   * a city is left alone, but it must be the configured city.
   *
   * @throws IllegalStateException when the database holds another city than the one configured
   */
  SeedReport seedIfEmpty();

  record SeedReport(String city, boolean seeded, int products, int locations) {}
}
