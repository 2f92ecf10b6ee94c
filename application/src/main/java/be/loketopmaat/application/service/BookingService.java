package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.BookAppointmentUseCase;
import be.loketopmaat.application.port.in.SlotTakenException;
import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.application.port.out.AppointmentStore.ReferenceTakenException;
import be.loketopmaat.application.port.out.DeskTimeLedger;
import be.loketopmaat.application.port.out.DeskTimeTakenException;
import be.loketopmaat.application.port.out.FairUseRecords;
import be.loketopmaat.application.port.out.IdempotencyStore;
import be.loketopmaat.application.port.out.IdempotencyStore.KeyClaimedException;
import be.loketopmaat.application.port.out.StaffActionLog;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.service.SlotRequests.SlotGone;
import be.loketopmaat.application.service.SlotRequests.SlotRequest;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.appointment.FairUse;
import be.loketopmaat.domain.appointment.Hold;
import be.loketopmaat.domain.appointment.ManagementCode;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.Phrase;
import be.loketopmaat.domain.staff.StaffAction;
import be.loketopmaat.domain.staff.StaffActionKind;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Books an appointment, from a hold or directly, in one transaction: claim the idempotency key,
 * lock the citizen (fair use), take the desk time (the hold's, or a desk claimed now), write the
 * appointment and its confirmation.
 */
public final class BookingService implements BookAppointmentUseCase {
  private static final int REFERENCE_ATTEMPTS = 5;

  private final SlotRequests requests;
  private final DeskTimeClaims claims;
  private final DeskTimeLedger ledger;
  private final AppointmentStore store;
  private final FairUseRecords fairUseRecords;
  private final IdempotencyStore idempotency;
  private final AppointmentNotices notices;
  private final Transactions transactions;
  private final BookingRules rules;
  private final Clock clock;
  private final StaffActionLog staffLog;
  private final TakenTimeView view;
  private final ClaimGate gate;

  BookingService(
      SlotRequests requests,
      DeskTimeClaims claims,
      DeskTimeLedger ledger,
      AppointmentStore store,
      FairUseRecords fairUseRecords,
      IdempotencyStore idempotency,
      AppointmentNotices notices,
      Transactions transactions,
      BookingRules rules,
      Clock clock,
      TakenTimeView view,
      ClaimGate gate,
      StaffActionLog staffLog) {
    this.staffLog = staffLog;
    this.gate = gate;
    this.view = view;
    this.requests = requests;
    this.claims = claims;
    this.ledger = ledger;
    this.store = store;
    this.fairUseRecords = fairUseRecords;
    this.idempotency = idempotency;
    this.notices = notices;
    this.transactions = transactions;
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  public Booking book(BookCommand command) {
    return bookFor(command, null);
  }

  @Override
  public Booking bookFor(BookCommand command, StaffMember by) {
    String fingerprint = fingerprint(command);
    if (command.idempotencyKey() != null) {
      Optional<Booking> earlier = earlierBooking(command, fingerprint);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    SlotRequest request =
        command instanceof Direct direct
            ? requests.resolve(
                direct.what(),
                direct.location(),
                direct.start(),
                direct.channel() == Channel.COUNTER_APPOINTMENT)
            : null;
    LocalDateTime now = LocalDateTime.now(clock);
    if (request != null && !claims.seemsFree(request, now)) {
      // Known taken: no need to queue behind the desks' locks to hear it.
      return earlierOrTaken(command, fingerprint, request);
    }
    if (request == null) {
      return bookWithFreshReference(command, null, fingerprint, now, by);
    }
    try {
      return gate.through(
          request.slot().location(),
          request.slot().start().toLocalDate(),
          () -> claims.seemsFree(request, now),
          () -> {
            // Its turn: the bookings before it in this instance have told the view what they took.
            if (!claims.seemsFree(request, now)) {
              throw new SlotGone();
            }
            return bookWithFreshReference(command, request, fingerprint, now, by);
          });
    } catch (SlotGone e) {
      return earlierOrTaken(command, fingerprint, request);
    }
  }

  /**
   * A slot seen taken, maybe by this very request's first attempt, committed since it was looked
   * for: a retry with the same key gets that booking, as it would have from the key's claim.
   */
  private Booking earlierOrTaken(BookCommand command, String fingerprint, SlotRequest request) {
    if (command.idempotencyKey() != null) {
      Optional<Booking> earlier = earlierBooking(command, fingerprint);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    throw requests.taken(request);
  }

  private Booking bookWithFreshReference(
      BookCommand command,
      SlotRequest request,
      String fingerprint,
      LocalDateTime now,
      StaffMember by) {
    for (int attempt = 1; ; attempt++) {
      try {
        Booking booking = bookOnce(command, request, fingerprint, now, by);
        Appointment booked = booking.appointment();
        if (request != null) {
          // Booked directly: one row written, which the view can add without reading the day.
          view.taken(
              new DeskTime(
                  booked.id(), booked.location(), booked.desk(), booked.start(), booked.end()));
        } else {
          view.changed(booked.location(), booked.start()); // a hold gave way to the appointment
        }
        return booking;
      } catch (ReferenceTakenException e) {
        if (attempt >= REFERENCE_ATTEMPTS) {
          throw new IllegalStateException(
              "no free appointment reference after " + attempt + " attempts", e);
        }
      }
    }
  }

  private Booking bookOnce(
      BookCommand command,
      SlotRequest request,
      String fingerprint,
      LocalDateTime now,
      StaffMember by) {
    try {
      return transactions.inTransaction(
          () -> {
            if (command.idempotencyKey() != null) {
              idempotency.claim(command.client(), command.idempotencyKey(), fingerprint, now);
            }
            fairUseRecords.lockCitizen(command.citizen().insz());
            Taken taken =
                command instanceof FromHold fromHold
                    ? fromHold(fromHold, now)
                    : direct(request, command.citizen(), now);
            String code = ManagementCode.generate();
            Appointment appointment =
                insertWithFreshReference(
                    reference ->
                        Appointment.book(
                            reference,
                            ManagementCode.hash(code),
                            taken.desk(),
                            taken.slot(),
                            taken.products(),
                            taken.persons(),
                            command.citizen(),
                            command.channel(),
                            taken.pickupOf()));
            notices.confirm(appointment, code, now);
            if (by != null) {
              staffLog.record(
                  StaffAction.of(
                      appointment.reference(),
                      by,
                      clock.instant(),
                      StaffActionKind.BOOKED,
                      "via " + command.channel(),
                      null));
            }
            if (command.idempotencyKey() != null) {
              idempotency.complete(
                  command.client(), command.idempotencyKey(), appointment.reference(), code);
            }
            return new Booking(appointment, code);
          });
    } catch (KeyClaimedException e) {
      // A concurrent request with the same key won: answer with its booking.
      return earlierBooking(command, fingerprint)
          .orElseThrow(
              () ->
                  new ConflictException(
                      "idempotency-key-in-use",
                      "a request with this Idempotency-Key is still being processed; retry in a moment"));
    } catch (DeskTimeTakenException e) {
      throw new SlotGone(); // the alternatives are searched outside the gate
    } catch (SlotGone e) {
      if (request == null) {
        throw new SlotTakenException(Phrase.of("the slot was taken"), List.of());
      }
      throw e;
    }
  }

  /** The desk time a booking takes. */
  private record Taken(
      Slot slot, String desk, List<ProductCode> products, int persons, UUID pickupOf) {}

  private Taken fromHold(FromHold command, LocalDateTime now) {
    Hold seen =
        ledger
            .findHold(command.hold())
            .orElseThrow(() -> new NotFoundException("hold", command.hold().toString()));
    // Under the desk's lock, read the hold again: a booking that released it as expired in the
    // meantime
    // may have taken the slot.
    ledger.lockDeskDay(seen.location(), seen.desk(), seen.start().toLocalDate());
    Hold hold =
        ledger
            .findHold(command.hold())
            .orElseThrow(() -> new NotFoundException("hold", command.hold().toString()));
    if (hold.expiredAt(now)) {
      throw new ConflictException(
          "hold-expired", "the hold has expired; search again and hold a new slot");
    }
    if (hold.pickupOf() != null) {
      requests.pickups().requireStillInSafe(hold.pickupOf());
    }
    requireFairUse(command.citizen(), hold.slot(), hold.products(), now);
    ledger.deleteHold(hold.id());
    return new Taken(hold.slot(), hold.desk(), hold.products(), hold.persons(), hold.pickupOf());
  }

  private Taken direct(SlotRequest request, Citizen citizen, LocalDateTime now) {
    if (request.pickupOf() != null) {
      requests.pickups().claim(request.pickupOf(), ledger, now);
    }
    requireFairUse(citizen, request.slot(), request.products(), now);
    String desk =
        claims
            .claimSlot(
                request.location(), request.need(), request.windows(), request.slot(), now, null)
            .orElseThrow(SlotGone::new);
    return new Taken(
        request.slot(), desk, request.products(), request.need().persons(), request.pickupOf());
  }

  /** Under the citizen's lock: what fair use reads cannot change until the booking is written. */
  private void requireFairUse(
      Citizen citizen, Slot slot, List<ProductCode> products, LocalDateTime now) {
    FairUse fairUse = rules.fairUse();
    fairUse.requireNotReleasedRecently(
        fairUseRecords.releasedSince(citizen.insz(), slot, fairUse.releasesCountSince(now)));
    fairUse.requireRoomFor(products, fairUseRecords.findOpenByCitizen(citizen.insz()));
  }

  private Optional<Booking> earlierBooking(BookCommand command, String fingerprint) {
    return idempotency
        .find(command.client(), command.idempotencyKey())
        .filter(stored -> stored.reference() != null)
        .map(
            stored -> {
              if (!stored.fingerprint().equals(fingerprint)) {
                throw new ConflictException(
                    "idempotency-key-reused",
                    "this Idempotency-Key was used before for another request");
              }
              Appointment appointment =
                  store
                      .findByReference(stored.reference())
                      .orElseThrow(
                          () ->
                              new IllegalStateException(
                                  "idempotent booking lost: " + stored.reference()));
              return new Booking(appointment, stored.managementCode());
            });
  }

  /**
   * References are random, and the store's unique reference decides (no look-up first: it would
   * decide nothing and cost a round trip): a reference already in use fails the transaction with
   * {@link ReferenceTakenException}, and {@link #book} runs the booking again with a fresh one, in
   * a new transaction, since a failed statement ends a PostgreSQL transaction.
   */
  private Appointment insertWithFreshReference(
      java.util.function.Function<AppointmentReference, Appointment> make) {
    Appointment appointment = make.apply(AppointmentReference.random());
    store.insert(appointment);
    return appointment;
  }

  /** Everything a booking request says: a retry must say the same to get the first result. */
  private static String fingerprint(BookCommand command) {
    Citizen citizen = command.citizen();
    String who =
        String.join(
            "/",
            citizen.insz().digits(),
            citizen.name(),
            String.valueOf(citizen.email()),
            String.valueOf(citizen.phone()),
            String.valueOf(citizen.language()));
    if (command instanceof FromHold fromHold) {
      return String.join(
          "|",
          fromHold.hold().toString(),
          "",
          "null",
          "null",
          String.valueOf(command.channel()),
          who);
    }
    Direct direct = (Direct) command;
    return String.join(
        "|",
        "null",
        direct.what().products() + "x" + direct.what().persons() + "/" + direct.what().pickupOf(),
        String.valueOf(direct.location()),
        String.valueOf(direct.start()),
        String.valueOf(command.channel()),
        who);
  }
}
