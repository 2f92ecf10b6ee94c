package be.loketopmaat.adapters.persistence.changes;

/**
 * The feed of a database only one process can open (the embedded H2 file): no other instance can
 * change desk time, and this instance's services tell their view of their own changes, so there is
 * nothing to deliver.
 */
final class SingleProcessDeskTimeChanges implements ChangeFeed {
  @Override
  public void listen(Listener listener) {
    // Nothing to hear: see the class comment.
  }

  @Override
  public void close() {}
}
