package be.loketopmaat.adapters.rest.civilstatus;

import be.loketopmaat.adapters.rest.common.ApiTimes;
import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.common.RequestAssembly;
import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.civilstatus.Declaration;
import be.loketopmaat.domain.civilstatus.DeclarationKind;
import be.loketopmaat.domain.civilstatus.ParentRelation;
import be.loketopmaat.domain.civilstatus.Party;
import be.loketopmaat.domain.civilstatus.PartyRole;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Declarations from and to the API's JSON: the order read field by field, answers masked. */
final class Declarations {
  static final String KIND = "civil-status declaration";

  private Declarations() {}

  /**
   * The facts of an order, each refused field named.
   *
   * @throws InvalidInputException naming every refused field
   */
  static Declaration.Facts facts(DeclarationOrderDto body) {
    RequestAssembly request = new RequestAssembly();
    DeclarationKind kind =
        body.kind() == null
            ? request.required("kind", null)
            : Params.oneOf(request, "kind", body.kind(), DeclarationKind.class);
    NationalNumber declarant = request.value("declarant", body.declarant(), NationalNumber::new);
    Language language = request.value("language", body.language(), Declarations::language);
    List<Party> persons =
        request.required(
            "persons",
            request.list(
                "persons",
                body.persons(),
                (path, p) -> request.build(path, () -> person(request, path, p))));
    ParentRelation relation =
        Params.oneOf(request, "relation", body.relation(), ParentRelation.class);
    java.time.LocalDate eventDate = Params.date(request, "eventDate", body.eventDate());
    request.throwIfAny();
    return new Declaration.Facts(kind, declarant, language, persons, relation, eventDate);
  }

  private static Party person(
      RequestAssembly request, String path, DeclarationOrderDto.PersonDto person) {
    PartyRole role =
        person.role() == null
            ? request.required(path + ".role", null)
            : Params.oneOf(request, path + ".role", person.role(), PartyRole.class);
    NationalNumber insz =
        person.insz() == null
            ? null
            : request.value(path + ".insz", person.insz(), NationalNumber::new);
    if (role == null || (person.insz() != null && insz == null)) {
      return null; // refused above
    }
    return new Party(role, insz, person.name());
  }

  private static Language language(String tag) {
    return Language.fromTag(tag)
        .filter(l -> tag.strip().length() == 2)
        .orElseThrow(() -> new InvalidInputException("language", "must be nl, fr or en"));
  }

  /** An id in a path: anything but a UUID names no declaration. */
  static UUID id(String id) {
    try {
      UUID uuid = UUID.fromString(id);
      if (uuid.toString().equals(id.toLowerCase(Locale.ROOT))) {
        return uuid;
      }
    } catch (IllegalArgumentException e) {
      // not a UUID: not found below
    }
    throw new NotFoundException(KIND, id);
  }

  static DeclarationDto dto(Declaration d) {
    return new DeclarationDto(
        d.id().toString(),
        d.kind().name(),
        d.declarant().masked(),
        d.language().tag(),
        d.parties().stream()
            .map(
                p ->
                    new DeclarationOrderDto.PersonDto(
                        p.role().name(), p.insz() == null ? null : p.insz().masked(), p.name()))
            .toList(),
        d.relation() == null ? null : d.relation().name(),
        d.eventDate() == null ? null : d.eventDate().toString(),
        d.state().name(),
        ApiTimes.format(d.submittedAt()),
        ApiTimes.format(d.changedAt()),
        d.draftId(),
        d.actNumber(),
        d.signedBy(),
        d.mailboxMessageId(),
        d.reason() == null ? null : d.reason().name(),
        d.detail(),
        d.handledBy());
  }

  static DeclarationDto.ListDto list(List<Declaration> declarations) {
    List<DeclarationDto> dtos = declarations.stream().map(Declarations::dto).toList();
    return new DeclarationDto.ListDto(dtos.size(), dtos);
  }
}
