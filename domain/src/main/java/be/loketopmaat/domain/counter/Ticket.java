package be.loketopmaat.domain.counter;

import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.ClientId;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.location.LocationCode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A numbered ticket for a walk-in, valid on the day it was drawn.
 *
 * @param purpose a walk-in service or a pickup, which decides the desks that may call it
 * @param client who drew it, pseudonymised, for the limit per client; null when staff or a kiosk
 *     drew it for the citizen
 */
public record Ticket(
    UUID id,
    LocationCode location,
    LocalDate day,
    int number,
    ProductCode product,
    TicketPurpose purpose,
    ClientId client,
    TicketStatus status,
    LocalDateTime issuedAt,
    String desk,
    LocalDateTime calledAt,
    LocalDateTime closedAt) {

  public Ticket {
    Objects.requireNonNull(purpose, "purpose");
  }

  public static Ticket draw(
      LocationCode location,
      int number,
      ProductCode product,
      TicketPurpose purpose,
      ClientId client,
      LocalDateTime now) {
    return new Ticket(
        UUID.randomUUID(),
        location,
        now.toLocalDate(),
        number,
        product,
        purpose,
        client,
        TicketStatus.WAITING,
        now,
        null,
        null,
        null);
  }

  public Ticket call(String toDesk, LocalDateTime now) {
    if (status != TicketStatus.WAITING) {
      throw new ConflictException(
          "not-waiting", "only a waiting ticket can be called; it is {0}", status);
    }
    return new Ticket(
        id,
        location,
        day,
        number,
        product,
        purpose,
        client,
        TicketStatus.CALLED,
        issuedAt,
        toDesk,
        now,
        null);
  }

  public Ticket close(boolean served, LocalDateTime now) {
    if (status != TicketStatus.CALLED) {
      throw new ConflictException(
          "not-called", "only a called ticket can be closed; it is {0}", status);
    }
    return new Ticket(
        id,
        location,
        day,
        number,
        product,
        purpose,
        client,
        served ? TicketStatus.SERVED : TicketStatus.MISSED,
        issuedAt,
        desk,
        calledAt,
        now);
  }

  /** How long the desk took: from the call to the close of a served ticket; empty otherwise. */
  public Optional<Duration> serviceTime() {
    return status == TicketStatus.SERVED && calledAt != null && closedAt != null
        ? Optional.of(Duration.between(calledAt, closedAt))
        : Optional.empty();
  }
}
