package be.loketopmaat.adapters.persistence.notification;

import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.notification.Message;
import java.time.LocalDateTime;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

@Mapper(
    componentModel = MappingConstants.ComponentModel.JAKARTA,
    unmappedTargetPolicy = ReportingPolicy.ERROR)
interface OutboxRowMapper {

  @Mapping(target = "id", ignore = true)
  @Mapping(target = "appointmentReference", source = "message.appointment")
  @Mapping(target = "recipientEmail", source = "message.email")
  @Mapping(target = "recipientPhone", source = "message.phone")
  @Mapping(target = "createdAt", source = "at")
  @Mapping(target = "sentAt", ignore = true)
  @Mapping(target = "attempts", constant = "0")
  OutboxMessageRow toRow(Message message, String dedupeKey, LocalDateTime at);

  default String reference(AppointmentReference reference) {
    return reference == null ? null : reference.value();
  }
}
