package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** BelDrive in memory: a feed tests append to, down or refusing reports on request. */
final class FakeLicenceRegister implements DrivingLicenceRegister {
  static final NationalNumber HOLDER = NationalNumber.of("85073100328");

  final List<LicenceEvent> events = new ArrayList<>();
  final Map<String, Integer> reported = new HashMap<>();
  boolean down;
  String refuseWith;

  void report(
      String applicationId,
      LicenceState state,
      String deliveryPoint,
      Contact contact,
      String reason) {
    events.add(
        new LicenceEvent(
            events.size() + 1L,
            applicationId,
            HOLDER,
            "Lea Claes",
            "B",
            state,
            deliveryPoint == null ? null : new LocationCode(deliveryPoint),
            LocalDateTime.of(2026, 11, 30, 12, 0).plusDays(events.size()),
            reason,
            contact));
  }

  @Override
  public LicenceEvents eventsAfter(long cursor, int limit) {
    if (down) {
      throw new SystemUnavailableException("BelDrive", "down for maintenance");
    }
    List<LicenceEvent> page =
        events.stream().filter(e -> e.sequence() > cursor).limit(limit).toList();
    return new LicenceEvents(page, page.isEmpty() ? cursor : page.get(page.size() - 1).sequence());
  }

  @Override
  public void delivered(String applicationId, LocalDateTime at) {
    if (down) {
      throw new SystemUnavailableException("BelDrive", "down for maintenance");
    }
    if (refuseWith != null) {
      throw new ApplicationRefusedException(refuseWith, "the card is not ready");
    }
    reported.merge(applicationId, 1, Integer::sum);
  }
}
