package be.loketopmaat.adapters.persistence.counter;

import be.loketopmaat.adapters.persistence.ValueConversions;
import be.loketopmaat.domain.counter.Ticket;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

@Mapper(
    componentModel = MappingConstants.ComponentModel.JAKARTA,
    unmappedTargetPolicy = ReportingPolicy.ERROR,
    uses = ValueConversions.class)
interface TicketRowMapper {

  @Mapping(target = "locationCode", source = "location")
  @Mapping(target = "ticketDay", source = "day")
  @Mapping(target = "productCode", source = "product")
  @Mapping(target = "clientId", source = "client")
  TicketRow toRow(Ticket ticket);

  @Mapping(target = "location", source = "locationCode")
  @Mapping(target = "day", source = "ticketDay")
  @Mapping(target = "product", source = "productCode")
  @Mapping(target = "client", source = "clientId")
  Ticket toTicket(TicketRow row);
}
