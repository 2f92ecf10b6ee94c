package be.loketopmaat.application.port.in;

/**
 * The city's side of its traffic with the federal systems, worked by a scheduler: the queued calls
 * go out, and what the systems report comes in.
 */
public interface FederalSyncUseCase {

  /** Sends the calls that are due; the number claimed. */
  int sendDue();

  /** Applies what the card production reported since last time; the number of events read. */
  int followProduction();

  /**
   * Applies what BelDrive reported since last time about the driving licences of the city's
   * residents; the number of events read.
   */
  int followDrivingLicences();
}
