package be.loketopmaat.adapters.persistence.appointment;

import be.loketopmaat.adapters.persistence.ValueConversions;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.DeskBlock;
import be.loketopmaat.domain.appointment.Hold;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** Appointments, holds and blocks to their {@code desk_time} rows and back. */
@Mapper(
    componentModel = MappingConstants.ComponentModel.JAKARTA,
    unmappedTargetPolicy = ReportingPolicy.ERROR,
    uses = {ValueConversions.class, AppointmentConversions.class})
interface AppointmentRowMapper {

  @Mapping(target = "kind", constant = AppointmentRow.KIND)
  // The row takes its desk time exactly while the appointment is open: what the constraint and
  // search see.
  @Mapping(target = "active", expression = "java(appointment.status().open())")
  @Mapping(target = "locationCode", source = "location")
  @Mapping(target = "startAt", source = "start")
  @Mapping(target = "endAt", source = "end")
  @Mapping(target = "citizenInsz", source = "citizen.insz")
  @Mapping(target = "citizenName", source = "citizen.name")
  @Mapping(target = "citizenEmail", source = "citizen.email")
  @Mapping(target = "citizenPhone", source = "citizen.phone")
  @Mapping(target = "citizenLanguage", source = "citizen.language")
  @Mapping(target = "calendarSequence", source = "sequence")
  AppointmentRow toRow(Appointment appointment);

  @Mapping(target = "location", source = "locationCode")
  @Mapping(target = "start", source = "startAt")
  @Mapping(target = "end", source = "endAt")
  @Mapping(target = "citizen.insz", source = "citizenInsz")
  @Mapping(target = "citizen.name", source = "citizenName")
  @Mapping(target = "citizen.email", source = "citizenEmail")
  @Mapping(target = "citizen.phone", source = "citizenPhone")
  @Mapping(target = "citizen.language", source = "citizenLanguage")
  @Mapping(target = "sequence", source = "calendarSequence")
  // Appointment's one-argument transitions look like fluent setters to MapStruct.
  @Mapping(target = "call", ignore = true)
  @Mapping(target = "complete", ignore = true)
  @Mapping(target = "cancel", ignore = true)
  @Mapping(target = "withManagementCode", ignore = true)
  Appointment toAppointment(AppointmentRow row);

  @Mapping(target = "kind", constant = HoldRow.KIND)
  @Mapping(target = "active", constant = "true")
  @Mapping(target = "locationCode", source = "location")
  @Mapping(target = "startAt", source = "start")
  @Mapping(target = "endAt", source = "end")
  HoldRow toRow(Hold hold);

  @Mapping(target = "location", source = "locationCode")
  @Mapping(target = "start", source = "startAt")
  @Mapping(target = "end", source = "endAt")
  Hold toHold(HoldRow row);

  @Mapping(target = "kind", constant = BlockRow.KIND)
  @Mapping(target = "active", constant = "true")
  @Mapping(target = "locationCode", source = "location")
  @Mapping(target = "startAt", source = "start")
  @Mapping(target = "endAt", source = "end")
  BlockRow toRow(DeskBlock block);

  @Mapping(target = "location", source = "locationCode")
  @Mapping(target = "start", source = "startAt")
  @Mapping(target = "end", source = "endAt")
  DeskBlock toBlock(BlockRow row);
}
