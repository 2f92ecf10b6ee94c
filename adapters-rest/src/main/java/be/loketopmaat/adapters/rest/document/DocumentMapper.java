package be.loketopmaat.adapters.rest.document;

import be.loketopmaat.adapters.rest.appointment.CitizenDto;
import be.loketopmaat.adapters.rest.common.CommonMapper;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.document.DocumentOrder;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** Identity documents as the staff API shows them. */
@Mapper(
    componentModel = MappingConstants.ComponentModel.JAKARTA,
    uses = CommonMapper.class,
    injectionStrategy = InjectionStrategy.CONSTRUCTOR,
    unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface DocumentMapper {

  @Mapping(target = "returnDate", expression = "java(returnDate(order))")
  DocumentDto toDto(DocumentOrder order);

  @Mapping(target = "insz", expression = "java(citizen.insz().masked())")
  @Mapping(target = "language", expression = "java(citizen.language().tag())")
  CitizenDto toDto(Citizen citizen);

  default String returnDate(DocumentOrder order) {
    return order.arrivedAt() == null ? null : order.returnDate().toString();
  }

  /**
   * The safe of {@code location} on {@code today}: how long each lies there, what goes back soon.
   */
  default SafeDto toSafe(String location, List<DocumentOrder> documents, LocalDate today) {
    List<SafeDto.SafeDocumentDto> entries =
        documents.stream()
            .map(
                d ->
                    new SafeDto.SafeDocumentDto(
                        d.id().toString(),
                        d.kind().name(),
                        d.product().value(),
                        d.citizen().name(),
                        be.loketopmaat.adapters.rest.common.ApiTimes.format(d.arrivedAt()),
                        ChronoUnit.DAYS.between(d.arrivedAt().toLocalDate(), today),
                        d.returnDate().toString(),
                        d.returnDate().isBefore(today.plusDays(7))))
            .toList();
    return new SafeDto(
        location,
        entries.size(),
        (int) entries.stream().filter(SafeDto.SafeDocumentDto::goesBackThisWeek).count(),
        entries);
  }
}
