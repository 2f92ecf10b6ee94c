package be.loketopmaat.adapters.rest.pincode;

import be.loketopmaat.adapters.rest.appointment.CitizenDto;
import be.loketopmaat.adapters.rest.common.CommonMapper;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.document.CodeRequest;
import java.util.List;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** Requests for new PIN/PUK codes as the staff API shows them. */
@Mapper(
    componentModel = MappingConstants.ComponentModel.JAKARTA,
    uses = CommonMapper.class,
    injectionStrategy = InjectionStrategy.CONSTRUCTOR,
    unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface PinCodeMapper {

  PinCodeDto toDto(CodeRequest request);

  @Mapping(target = "insz", expression = "java(citizen.insz().masked())")
  @Mapping(target = "language", expression = "java(citizen.language().tag())")
  CitizenDto toDto(Citizen citizen);

  default PinCodeLettersDto toLetters(String location, List<CodeRequest> letters) {
    List<PinCodeDto> dtos = letters.stream().map(this::toDto).toList();
    return new PinCodeLettersDto(location, dtos.size(), dtos);
  }
}
