package be.loketopmaat.adapters.rest.message;

import be.loketopmaat.adapters.rest.common.CommonMapper;
import be.loketopmaat.application.port.out.Outbox;
import be.loketopmaat.domain.appointment.AppointmentReference;
import java.util.regex.Pattern;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/** Outbox entries as staff see them, management codes masked. */
@Mapper(
    componentModel = MappingConstants.ComponentModel.JAKARTA,
    uses = CommonMapper.class,
    injectionStrategy = InjectionStrategy.CONSTRUCTOR,
    unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface MessageMapper {
  Pattern CODE = Pattern.compile("([?&]code=)[A-Za-z0-9_-]+");

  @Mapping(target = "appointment", source = "message.appointment")
  @Mapping(target = "kind", source = "message.kind")
  @Mapping(target = "language", source = "message.language")
  @Mapping(target = "email", source = "message.email")
  @Mapping(target = "phone", source = "message.phone")
  @Mapping(target = "subject", source = "message.subject")
  @Mapping(target = "body", source = "message.body", qualifiedByName = "masked")
  StaffMessageDto toDto(Outbox.Entry entry);

  /** The text with every management code in a link replaced by {@code ***}. */
  @Named("masked")
  default String masked(String body) {
    return body == null ? null : CODE.matcher(body).replaceAll("$1***");
  }

  default String value(AppointmentReference reference) {
    return reference == null ? null : reference.value();
  }
}
