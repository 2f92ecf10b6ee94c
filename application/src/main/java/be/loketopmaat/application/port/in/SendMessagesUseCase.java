package be.loketopmaat.application.port.in;

/** Works the outbox: sends what is due, once, and keeps what failed for a later try or staff. */
public interface SendMessagesUseCase {

  /** Sends one batch of due messages; how many were claimed (sent, retried or dead). */
  int sendDue();
}
