package be.loketopmaat.adapters.rest.appointment;

import be.loketopmaat.adapters.rest.common.CommonMapper;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Booking;
import be.loketopmaat.application.port.in.FindSlotsUseCase.Cursor;
import be.loketopmaat.application.port.in.FindSlotsUseCase.SlotPage;
import be.loketopmaat.application.port.in.StaffAppointmentsUseCase.AppointmentFile;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.Hold;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.staff.StaffAction;
import java.time.Instant;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * Slots, holds and appointments as the API shows them. The way back is {@link
 * AppointmentAssembler}.
 */
@Mapper(
    componentModel = MappingConstants.ComponentModel.JAKARTA,
    uses = CommonMapper.class,
    injectionStrategy = InjectionStrategy.CONSTRUCTOR,
    unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface AppointmentMapper {

  SlotPageDto toDto(SlotPage page);

  HoldDto toDto(Hold hold);

  /** The one answer that carries the management code in clear. */
  @Mapping(target = ".", source = "appointment")
  @Mapping(target = "managementCode", source = "managementCode")
  AppointmentDto toDto(Booking booking);

  @Mapping(target = "managementCode", ignore = true)
  AppointmentDto toDto(Appointment appointment);

  @Mapping(target = "channel", source = "bookedVia")
  StaffAppointmentDto toStaffDto(Appointment appointment);

  CitizenDto toDto(Citizen citizen);

  AppointmentFileDto toDto(AppointmentFile file);

  @Mapping(target = "byId", source = "by.id")
  @Mapping(target = "byName", source = "by.name")
  StaffActionDto toDto(StaffAction action);

  /** A moment as ISO-8601 in UTC, e.g. {@code 2026-11-20T09:12:31.104Z}. */
  default String instant(Instant at) {
    return at == null ? null : at.toString();
  }

  default String cursor(Cursor cursor) {
    return Cursors.encode(cursor);
  }

  default String value(AppointmentReference reference) {
    return reference == null ? null : reference.value();
  }

  /**
   * The birth date part only: enough for the desk to check "is this you?", useless to anyone else.
   */
  default String masked(NationalNumber insz) {
    return insz == null ? null : insz.masked();
  }

  default String tag(Language language) {
    return language == null ? null : language.tag();
  }
}
