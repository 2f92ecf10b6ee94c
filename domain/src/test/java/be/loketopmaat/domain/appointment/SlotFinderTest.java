package be.loketopmaat.domain.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.calendar.HolidayCalendar;
import be.loketopmaat.domain.calendar.OpenWindow;
import be.loketopmaat.domain.calendar.OpeningCalendar;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.Desk;
import be.loketopmaat.domain.location.DeskCapability;
import be.loketopmaat.domain.location.Location;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotFinderTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
  private static final LocalDateTime EARLY = MONDAY.atStartOfDay();

  // The hub opens weekdays 08:30-16:00, with desk-1 (identity, pickup) and desk-2 (mobility,
  // housing).
  private final Location hub = Fixtures.hub("hub", Fixtures.NORTH);
  private final List<OpenWindow> monday =
      OpeningCalendar.resolve(hub, MONDAY, MONDAY, new HolidayCalendar(List.of())).windows();
  private final AppointmentNeed eid = AppointmentNeed.of(Fixtures.eid());

  @Test
  void anEmptyDayOffersEveryStartOnTheGridThatFitsTheWindow() {
    List<FreeSlot> slots = SlotFinder.freeSlots(hub, eid, monday, List.of(), EARLY, s -> true);
    assertThat(slots.get(0).slot()).isEqualTo(new Slot(hub.code(), at("08:30"), at("08:50")));
    assertThat(slots.get(0).location()).isSameAs(hub);
    // 08:30 .. 15:40 in steps of ten minutes: the last one ends at 16:00 exactly.
    assertThat(slots).hasSize(44);
    assertThat(slots.get(slots.size() - 1).end()).isEqualTo(at("16:00"));
  }

  @Test
  void aDaysCapacityIsTheAppointmentsItsCapableDesksFitOneAfterTheOther() {
    // 08:30 .. 16:00 is 450 minutes: 22 eID appointments of 20 minutes on the one capable desk.
    assertThat(SlotFinder.capacity(hub, eid, monday)).isEqualTo(22);
    assertThat(SlotFinder.capacity(hub, eid, List.of())).isZero();
  }

  @Test
  void takenTimeOfTheOnlyCapableDeskIsNotFree() {
    List<DeskTime> busy =
        List.of(
            new DeskTime(
                java.util.UUID.randomUUID(), hub.code(), "desk-1", at("09:00"), at("10:00")));
    List<FreeSlot> slots = SlotFinder.freeSlots(hub, eid, monday, busy, EARLY, s -> true);
    assertThat(slots)
        .extracting(s -> s.start().toLocalTime())
        .contains(LocalTime.of(8, 30), LocalTime.of(8, 40), LocalTime.of(10, 0))
        .doesNotContain(LocalTime.of(8, 50), LocalTime.of(9, 0), LocalTime.of(9, 50));
  }

  @Test
  void aDeskThatCannotHandleTheProductDoesNotCount() {
    // desk-2 is free all day but does not do identity documents.
    List<DeskTime> busy =
        List.of(
            new DeskTime(
                java.util.UUID.randomUUID(), hub.code(), "desk-1", at("08:30"), at("16:00")));
    assertThat(SlotFinder.freeSlots(hub, eid, monday, busy, EARLY, s -> true)).isEmpty();
  }

  @Test
  void leadTimeAndFiltersApply() {
    List<FreeSlot> slots =
        SlotFinder.freeSlots(
            hub, eid, monday, List.of(), at("12:05"), s -> s.start().getMinute() == 0);
    assertThat(slots)
        .extracting(s -> s.start().toLocalTime())
        .containsExactly(LocalTime.of(13, 0), LocalTime.of(14, 0), LocalTime.of(15, 0));
  }

  @Test
  void theFreeDeskIsTheFirstCapableOneFreeForTheWholeSlot() {
    Slot nine = new Slot(hub.code(), at("09:00"), at("09:20"));
    assertThat(SlotFinder.freeDesk(hub, eid, monday, List.of(), nine)).contains("desk-1");
    List<DeskTime> busy =
        List.of(
            new DeskTime(
                java.util.UUID.randomUUID(), hub.code(), "desk-1", at("09:10"), at("09:30")));
    assertThat(SlotFinder.freeDesk(hub, eid, monday, busy, nine)).isEmpty();
  }

  @Test
  void theFreeDesksAreEveryCapableDeskFreeForTheWholeSlotInTheLocationsOrder() {
    Location twoIdentityDesks =
        new Location(
            hub.code(),
            hub.name(),
            hub.type(),
            hub.district(),
            hub.address(),
            hub.coordinates(),
            hub.facilities(),
            List.of(
                new Desk("desk-b", EnumSet.of(DeskCapability.IDENTITY)),
                new Desk("desk-x", EnumSet.of(DeskCapability.HOUSING)),
                new Desk("desk-a", EnumSet.of(DeskCapability.IDENTITY))),
            hub.schedule(),
            hub.exceptions());
    Slot nine = new Slot(hub.code(), at("09:00"), at("09:20"));

    assertThat(SlotFinder.freeDesks(twoIdentityDesks, eid, monday, List.of(), nine))
        .containsExactly("desk-b", "desk-a");
    // Taken time that only touches the slot leaves the desk free; time that overlaps it does not.
    List<DeskTime> busy =
        List.of(
            new DeskTime(
                java.util.UUID.randomUUID(), hub.code(), "desk-b", at("09:10"), at("09:30")),
            new DeskTime(
                java.util.UUID.randomUUID(), hub.code(), "desk-a", at("08:40"), at("09:00")));
    assertThat(SlotFinder.freeDesks(twoIdentityDesks, eid, monday, busy, nine))
        .containsExactly("desk-a");
    assertThat(
            SlotFinder.freeDesks(
                twoIdentityDesks,
                eid,
                monday,
                busy,
                new Slot(hub.code(), at("09:05"), at("09:25"))))
        .as("off the grid")
        .isEmpty();
  }

  @Test
  void aSlotOffTheGridOrOutsideTheWindowsIsNoSlot() {
    assertThat(
            SlotFinder.freeDesk(
                hub, eid, monday, List.of(), new Slot(hub.code(), at("09:05"), at("09:25"))))
        .isEmpty();
    assertThat(
            SlotFinder.freeDesk(
                hub, eid, monday, List.of(), new Slot(hub.code(), at("15:50"), at("16:10"))))
        .isEmpty();
    assertThat(
            SlotFinder.freeDesk(
                hub, eid, List.of(), List.of(), new Slot(hub.code(), at("09:00"), at("09:20"))))
        .isEmpty();
  }

  @Test
  void eachSlotSaysHowManyCapableDesksAreStillFreeThen() {
    Location twoIdentityDesks =
        new Location(
            hub.code(),
            hub.name(),
            hub.type(),
            hub.district(),
            hub.address(),
            hub.coordinates(),
            hub.facilities(),
            List.of(
                new Desk("desk-b", EnumSet.of(DeskCapability.IDENTITY)),
                new Desk("desk-x", EnumSet.of(DeskCapability.HOUSING)),
                new Desk("desk-a", EnumSet.of(DeskCapability.IDENTITY))),
            hub.schedule(),
            hub.exceptions());
    List<DeskTime> busy =
        List.of(
            new DeskTime(
                java.util.UUID.randomUUID(), hub.code(), "desk-b", at("09:00"), at("09:20")));
    List<FreeSlot> slots =
        SlotFinder.freeSlots(twoIdentityDesks, eid, monday, busy, EARLY, s -> true);
    assertThat(slots)
        .filteredOn(s -> s.start().equals(at("09:00")))
        .singleElement()
        .extracting(FreeSlot::placesLeft)
        .isEqualTo(1);
    assertThat(slots)
        .filteredOn(s -> s.start().equals(at("09:20")))
        .singleElement()
        .extracting(FreeSlot::placesLeft)
        .isEqualTo(2);
  }

  @Test
  void aStartThatIsNoSlotSaysWhy() {
    assertThat(SlotFinder.whyNotASlot(monday, new Slot(hub.code(), at("09:00"), at("09:20"))))
        .isEmpty();
    assertThat(SlotFinder.whyNotASlot(monday, new Slot(hub.code(), at("09:05"), at("09:25"))))
        .contains(NotASlot.OFF_GRID);
    assertThat(
            SlotFinder.whyNotASlot(
                monday, new Slot(hub.code(), at("09:00").plusSeconds(30), at("09:20"))))
        .contains(NotASlot.OFF_GRID);
    assertThat(SlotFinder.whyNotASlot(monday, new Slot(hub.code(), at("15:50"), at("16:10"))))
        .contains(NotASlot.DOES_NOT_FIT);
    assertThat(SlotFinder.whyNotASlot(monday, new Slot(hub.code(), at("07:00"), at("07:20"))))
        .contains(NotASlot.CLOSED);
    assertThat(SlotFinder.whyNotASlot(List.of(), new Slot(hub.code(), at("09:00"), at("09:20"))))
        .contains(NotASlot.CLOSED);
  }

  @Test
  void overlappingTakenTimeIsSeenWhateverItsOrder() {
    List<DeskTime> busy = new ArrayList<>();
    busy.add(
        new DeskTime(java.util.UUID.randomUUID(), hub.code(), "desk-1", at("10:00"), at("10:10")));
    busy.add(
        new DeskTime(java.util.UUID.randomUUID(), hub.code(), "desk-1", at("08:30"), at("12:00")));
    busy.add(
        new DeskTime(java.util.UUID.randomUUID(), hub.code(), "desk-1", at("11:00"), at("11:10")));
    assertThat(
            SlotFinder.freeSlots(
                hub, eid, monday, busy, EARLY, s -> s.start().isBefore(at("12:00"))))
        .isEmpty();
  }

  @Test
  void severalProductsAndPersonsAddUpOnOneDesk() {
    AppointmentNeed family = new AppointmentNeed(List.of(Fixtures.eid(), Fixtures.attest()), 3);
    assertThat(family.duration()).isEqualTo(Duration.ofMinutes(75));
    assertThat(SlotFinder.freeSlots(hub, family, monday, List.of(), EARLY, s -> true).get(0).end())
        .isEqualTo(at("09:45"));
  }

  @Test
  void aNeedNamesEachProductOnceAndOnlyProductsByAppointment() {
    assertThatThrownBy(() -> new AppointmentNeed(List.of(Fixtures.eid(), Fixtures.eid()), 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("listed twice");
    assertThatThrownBy(() -> AppointmentNeed.of(Fixtures.socialServices()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not delivered by appointment");
    assertThatThrownBy(() -> new AppointmentNeed(List.of(Fixtures.eid()), 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("persons");
  }

  private static LocalDateTime at(String time) {
    return MONDAY.atTime(LocalTime.parse(time));
  }
}
