package be.loketopmaat.adapters.persistence.changes;

import be.loketopmaat.application.port.out.DeskTimeChanges;

/** A feed of desk-time changes that the context closes when it stops. */
interface ChangeFeed extends DeskTimeChanges, AutoCloseable {
  @Override
  void close();
}
