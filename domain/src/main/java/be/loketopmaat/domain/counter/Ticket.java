package be.loketopmaat.domain.counter;

import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** A numbered ticket for a walk-in at a pickup counter, valid on the day it was drawn. */
public record Ticket(
    UUID id,
    LocationCode location,
    LocalDate day,
    int number,
    ProductCode product,
    TicketStatus status,
    LocalDateTime issuedAt,
    String desk,
    LocalDateTime calledAt,
    LocalDateTime closedAt) {

  public static Ticket draw(
      LocationCode location, int number, ProductCode product, LocalDateTime now) {
    return new Ticket(
        UUID.randomUUID(),
        location,
        now.toLocalDate(),
        number,
        product,
        TicketStatus.WAITING,
        now,
        null,
        null,
        null);
  }

  public Ticket call(String toDesk, LocalDateTime now) {
    if (status != TicketStatus.WAITING) {
      throw new ConflictException(
          "not-waiting", "only a waiting ticket can be called; it is " + status);
    }
    return new Ticket(
        id, location, day, number, product, TicketStatus.CALLED, issuedAt, toDesk, now, null);
  }

  public Ticket close(boolean served, LocalDateTime now) {
    if (status != TicketStatus.CALLED) {
      throw new ConflictException(
          "not-called", "only a called ticket can be closed; it is " + status);
    }
    return new Ticket(
        id,
        location,
        day,
        number,
        product,
        served ? TicketStatus.SERVED : TicketStatus.MISSED,
        issuedAt,
        desk,
        calledAt,
        now);
  }
}
