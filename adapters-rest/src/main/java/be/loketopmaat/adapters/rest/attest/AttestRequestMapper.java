package be.loketopmaat.adapters.rest.attest;

import be.loketopmaat.adapters.rest.common.CommonMapper;
import be.loketopmaat.domain.attest.AttestRequest;
import java.util.List;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** Attest requests as the e-counter's and the staff's API show them. */
@Mapper(
    componentModel = MappingConstants.ComponentModel.JAKARTA,
    uses = CommonMapper.class,
    injectionStrategy = InjectionStrategy.CONSTRUCTOR,
    unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface AttestRequestMapper {

  @Mapping(target = "insz", expression = "java(request.insz().masked())")
  @Mapping(target = "language", expression = "java(request.language().tag())")
  AttestRequestDto toDto(AttestRequest request);

  default AttestQueueDto toQueue(List<AttestRequest> requests) {
    List<AttestRequestDto> dtos = requests.stream().map(this::toDto).toList();
    return new AttestQueueDto(dtos.size(), dtos);
  }
}
