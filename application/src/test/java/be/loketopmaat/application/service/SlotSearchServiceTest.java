package be.loketopmaat.application.service;

import static be.loketopmaat.application.service.AppointmentTestKit.EID;
import static be.loketopmaat.application.service.AppointmentTestKit.GROENENHOEK;
import static be.loketopmaat.application.service.AppointmentTestKit.HUB;
import static be.loketopmaat.application.service.AppointmentTestKit.monday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.FindSlotsUseCase.Mode;
import be.loketopmaat.application.port.in.FindSlotsUseCase.SlotPage;
import be.loketopmaat.application.port.in.FindSlotsUseCase.SlotQuery;
import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.appointment.DeskBlock;
import be.loketopmaat.domain.appointment.FreeSlot;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.DistrictCode;
import be.loketopmaat.domain.location.LocationCode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlotSearchServiceTest {
  private final AppointmentTestKit kit = new AppointmentTestKit();

  @Test
  void flexibleSearchesEveryLocationThatOffersTheProductEarliestFirstAfterTheLeadTime() {
    SlotPage page = kit.search.findSlots(query(Mode.FLEXIBLE, List.of(), false, false, 3, null));
    // 08:00 now + 2 hours lead time: the hub's 10:00 is the earliest; the kiosk site offers no
    // appointments.
    assertThat(AppointmentTestKit.slots(page.slots()))
        .containsExactly(
            new Slot(HUB, monday(10, 0), monday(10, 20)),
            new Slot(HUB, monday(10, 10), monday(10, 30)),
            new Slot(HUB, monday(10, 20), monday(10, 40)));
    assertThat(page.next()).isNotNull();
  }

  @Test
  void pagesContinueWhereTheyEndedWithoutRepeatingASlot() {
    SlotPage first = kit.search.findSlots(query(Mode.FLEXIBLE, List.of(), false, false, 40, null));
    SlotPage second =
        kit.search.findSlots(query(Mode.FLEXIBLE, List.of(), false, false, 40, first.next()));
    assertThat(second.slots()).doesNotContainAnyElementsOf(first.slots());
    assertThat(second.slots().get(0).start()).isAfterOrEqualTo(first.slots().get(39).start());
    // Both locations meet on Monday afternoon: ordered by start, then by location code.
    assertThat(AppointmentTestKit.slots(first.slots()))
        .contains(new Slot(GROENENHOEK, monday(13, 0), monday(13, 20)));
  }

  @Test
  void proximitySearchesTheChosenLocationsOnly() {
    SlotPage page =
        kit.search.findSlots(query(Mode.PROXIMITY, List.of(GROENENHOEK), false, false, 2, null));
    assertThat(page.slots()).extracting(FreeSlot::locationCode).containsOnly(GROENENHOEK);
    assertThat(page.slots().get(0).start()).isEqualTo(monday(13, 0));
  }

  @Test
  void eveningsOnlyStartAtSixOrLater() {
    SlotPage page = kit.search.findSlots(query(Mode.FLEXIBLE, List.of(), true, false, 5, null));
    assertThat(page.slots())
        .allSatisfy(
            s -> {
              assertThat(s.locationCode()).isEqualTo(GROENENHOEK);
              assertThat(s.start().getHour()).isGreaterThanOrEqualTo(18);
            });
    assertThat(page.slots()).isNotEmpty();
  }

  @Test
  void saturdaysOnlyFindsNothingWhereNothingOpensOnSaturday() {
    SlotPage page = kit.search.findSlots(query(Mode.FLEXIBLE, List.of(), false, true, 5, null));
    assertThat(page.slots()).isEmpty();
    assertThat(page.next()).isNull();
  }

  @Test
  void eveningsAndSaturdaysTogetherMeanEither() {
    SlotPage page = kit.search.findSlots(query(Mode.FLEXIBLE, List.of(), true, true, 5, null));
    assertThat(page.slots()).isNotEmpty().allMatch(s -> s.evening() || s.saturday());
  }

  @Test
  void eachSlotTellsWhereItIsHowFarAndHowManyPlacesAreLeft() {
    SlotQuery near =
        new SlotQuery(
            List.of(EID),
            1,
            Mode.FLEXIBLE,
            List.of(),
            false,
            false,
            null,
            null,
            Set.of(),
            40,
            null,
            Fixtures.SOUTH);
    SlotPage page = kit.search.findSlots(near);
    FreeSlot atHub = page.slots().get(0);
    assertThat(atHub.location().name())
        .isEqualTo(kit.locations.findByCode(HUB).orElseThrow().name());
    assertThat(atHub.placesLeft()).isEqualTo(1);
    assertThat(atHub.distanceMetres()).isBetween(11_000L, 11_300L);
    assertThat(page.slots())
        .filteredOn(s -> s.locationCode().equals(GROENENHOEK))
        .isNotEmpty()
        .allMatch(s -> s.distanceMetres() == 0L);

    SlotPage fromTheDistrict =
        kit.search.findSlots(
            new SlotQuery(
                List.of(EID),
                1,
                Mode.FLEXIBLE,
                List.of(),
                false,
                false,
                null,
                null,
                Set.of(new DistrictCode("south")),
                5,
                null));
    assertThat(fromTheDistrict.slots()).isNotEmpty().allMatch(s -> s.distanceMetres() != null);
    assertThat(kit.search.findSlots(query(Mode.FLEXIBLE, List.of(), false, false, 3, null)).slots())
        .allMatch(s -> s.distanceMetres() == null);
  }

  @Test
  void takenAndBlockedTimeIsNotOffered() {
    kit.store.insertBlock(
        new DeskBlock(UUID.randomUUID(), HUB, "desk-1", monday(10, 0), monday(12, 0), "meeting"));
    SlotPage page =
        kit.search.findSlots(query(Mode.PROXIMITY, List.of(HUB), false, false, 1, null));
    assertThat(AppointmentTestKit.slots(page.slots()))
        .containsExactly(new Slot(HUB, monday(12, 0), monday(12, 20)));
  }

  @Test
  void aDateRangeAndTheBookingWindowBoundTheSearch() {
    LocalDate friday = AppointmentTestKit.MONDAY.plusDays(4);
    SlotPage page =
        kit.search.findSlots(
            new SlotQuery(
                List.of(EID),
                1,
                Mode.FLEXIBLE,
                List.of(),
                false,
                false,
                friday,
                friday,
                Set.of(),
                100,
                null));
    assertThat(page.slots()).allMatch(s -> s.start().getDayOfWeek() == DayOfWeek.FRIDAY);
    SlotPage beyond =
        kit.search.findSlots(
            new SlotQuery(
                List.of(EID),
                1,
                Mode.FLEXIBLE,
                List.of(),
                false,
                false,
                AppointmentTestKit.MONDAY.plusDays(200),
                null,
                Set.of(),
                10,
                null));
    assertThat(beyond.slots()).isEmpty();
  }

  @Test
  void badQueriesAreRefused() {
    assertThatThrownBy(
            () -> kit.search.findSlots(query(Mode.PROXIMITY, List.of(), false, false, 5, null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("location");
    assertThatThrownBy(
            () -> kit.search.findSlots(query(Mode.FLEXIBLE, List.of(), false, false, 101, null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(
            () ->
                kit.search.findSlots(
                    query(
                        Mode.PROXIMITY,
                        List.of(new LocationCode("atlantis")),
                        false,
                        false,
                        5,
                        null)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                kit.search.findSlots(
                    new SlotQuery(
                        List.of(new ProductCode("unicorn")),
                        1,
                        Mode.FLEXIBLE,
                        List.of(),
                        false,
                        false,
                        null,
                        null,
                        Set.of(),
                        5,
                        null)))
        .isInstanceOf(NotFoundException.class);
  }

  private static SlotQuery query(
      Mode mode,
      List<LocationCode> locations,
      boolean evening,
      boolean saturday,
      int limit,
      be.loketopmaat.application.port.in.FindSlotsUseCase.Cursor after) {
    return new SlotQuery(
        List.of(EID), 1, mode, locations, evening, saturday, null, null, Set.of(), limit, after);
  }
}
