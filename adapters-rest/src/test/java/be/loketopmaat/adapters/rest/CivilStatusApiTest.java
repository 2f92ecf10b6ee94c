package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.port.in.CivilStatusDeclarationsUseCase;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.civilstatus.CounterReason;
import be.loketopmaat.domain.civilstatus.Declaration;
import be.loketopmaat.domain.civilstatus.DeclarationKind;
import be.loketopmaat.domain.civilstatus.DeclarationState;
import be.loketopmaat.domain.civilstatus.ParentRelation;
import be.loketopmaat.domain.civilstatus.Party;
import be.loketopmaat.domain.civilstatus.PartyRole;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.common.Phrase;
import be.loketopmaat.domain.staff.StaffMember;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The e-counter declares with its own key; every bad field is named before anything is asked; a
 * birth the law does not allow electronically is a 409 with the legal reason in the caller's
 * language; the officer signs and rejects on the staff API.
 */
@MicronautTest
@Property(name = "loket.e-counter.api-key", value = CivilStatusApiTest.KEY)
class CivilStatusApiTest {
  static final String KEY = "e-counter-key-9c1e";
  static final String PATH = "/api/v1/e-counter/civil-status-declarations";
  static final String STAFF = "/api/v1/staff/civil-status-declarations";
  static final NationalNumber SARA = NationalNumber.of("90011512363");
  static final NationalNumber TOM = NationalNumber.of("88061212349");
  static final String BIRTH =
      """
      {"kind": "birth", "declarant": "88.06.12-123.49", "language": "nl",
       "persons": [{"role": "MOTHER", "insz": "90011512363", "name": "Sara Janssens"},
                   {"role": "other_parent", "insz": "88061212349", "name": "Tom Janssens"},
                   {"role": "CHILD", "name": "Lotte Janssens"}],
       "relation": "MARRIED_TO_MOTHER", "eventDate": "2026-12-01"}""";

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject CivilStatusDeclarationsUseCase declarations;
  Api api;

  @MockBean(CivilStatusDeclarationsUseCase.class)
  CivilStatusDeclarationsUseCase declarations() {
    return mock(CivilStatusDeclarationsUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
    reset(declarations);
  }

  static Declaration.Facts facts() {
    return new Declaration.Facts(
        DeclarationKind.BIRTH,
        TOM,
        Language.NL,
        List.of(
            new Party(PartyRole.MOTHER, SARA, "Sara Janssens"),
            new Party(PartyRole.OTHER_PARENT, TOM, "Tom Janssens"),
            new Party(PartyRole.CHILD, null, "Lotte Janssens")),
        ParentRelation.MARRIED_TO_MOTHER,
        LocalDate.of(2026, 12, 1));
  }

  static Declaration submitted() {
    return Declaration.submit(facts(), LocalDateTime.of(2026, 12, 4, 10, 0));
  }

  @Test
  void theECounterDeclaresWithItsKeyAndTheNumbersComeBackMasked() {
    when(declarations.submit(any())).thenReturn(submitted());

    Api.Response response = api.post(PATH, BIRTH, "X-Api-Key", KEY);

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(response.at("state")).isEqualTo("SUBMITTED");
    assertThat(response.at("declarant")).isEqualTo("880612-***-**");
    assertThat(response.at("persons[0].insz")).isEqualTo("900115-***-**");
    assertThat(response.at("persons[2].insz")).isNull();
    assertThat(response.at("submittedAt")).isEqualTo("2026-12-04T10:00:00+01:00");
    ArgumentCaptor<Declaration.Facts> facts = ArgumentCaptor.forClass(Declaration.Facts.class);
    verify(declarations).submit(facts.capture());
    assertThat(facts.getValue()).isEqualTo(facts());
  }

  @Test
  void everyBadFieldIsNamedAndNothingIsAsked() {
    Api.Response response =
        api.post(
            PATH,
            """
            {"kind": "DIVORCE", "declarant": "85073100329", "language": "de",
             "persons": [{"role": "WITNESS", "name": "W"}, {"role": "MOTHER", "insz": "1", "name": "M"}],
             "relation": "COUSIN", "eventDate": "yesterday"}""",
            "X-Api-Key",
            KEY);

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.errorFields())
        .contains(
            "kind",
            "declarant",
            "language",
            "persons[0].role",
            "persons[1].insz",
            "relation",
            "eventDate");
    Api.Response empty = api.post(PATH, "{}", "X-Api-Key", KEY);
    assertThat(empty.status()).as(empty.body()).isEqualTo(400);
    assertThat(empty.errorFields()).contains("kind", "declarant", "language", "persons");
    Api.Response staffToken = api.staff("POST", PATH, BIRTH);
    assertThat(staffToken.status()).isEqualTo(401);
    verifyNoInteractions(declarations);
  }

  @Test
  void aBirthThatMayNotBeElectronicIsAConflictWithTheLegalReasonInTheCallersLanguage() {
    UUID id = UUID.randomUUID();
    when(declarations.submit(any()))
        .thenThrow(
            new ConflictException(
                "declaration-referred",
                Phrase.of(
                    "{0}. The declaration is kept as {1} for the counter, which contacts the"
                        + " declarant.",
                    CounterReason.OTHER_PARENT_NOT_PRESUMED.legalReason(), id)));

    Api.Response dutch = api.post(PATH, BIRTH, "X-Api-Key", KEY, "Accept-Language", "nl");

    assertThat(dutch.status()).as(dutch.body()).isEqualTo(409);
    assertThat(dutch.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(dutch.at("reason")).isEqualTo("declaration-referred");
    assertThat((String) dutch.at("detail")).contains("prenatale erkenning", "loket", id.toString());
    Api.Response english = api.post(PATH, BIRTH, "X-Api-Key", KEY, "Accept-Language", "en");
    assertThat((String) english.at("detail")).contains("prenatal recognition is registered");
  }

  @Test
  void theOfficerSignsAndRejectsOnTheStaffApi() {
    Declaration drafted = submitted().drafted("DR-000001", LocalDateTime.of(2026, 12, 4, 11, 0));
    when(declarations.inState(DeclarationState.DRAFTED, 200)).thenReturn(List.of(drafted));
    when(declarations.sign(eq(drafted.id()), any()))
        .thenReturn(drafted.signing("shared-token", LocalDateTime.of(2026, 12, 4, 12, 0)));

    Api.Response list = api.staff("GET", STAFF, null);
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(list.at("count")).isEqualTo(1);
    assertThat(list.at("declarations[0].draftId")).isEqualTo("DR-000001");
    Api.Response signed = api.staff("POST", STAFF + "/" + drafted.id() + "/sign", null);
    assertThat(signed.status()).as(signed.body()).isEqualTo(200);
    assertThat(signed.at("state")).isEqualTo("SIGNING");
    ArgumentCaptor<StaffMember> officer = ArgumentCaptor.forClass(StaffMember.class);
    verify(declarations).sign(eq(drafted.id()), officer.capture());
    assertThat(officer.getValue().id()).isEqualTo("shared-token");

    Api.Response badState = api.staff("GET", STAFF + "?state=LOST", null);
    assertThat(badState.status()).isEqualTo(400);
    assertThat(badState.errorFields()).containsExactly("state");
    Api.Response notAnId = api.staff("POST", STAFF + "/not-an-id/reject", "{\"reason\": \"x\"}");
    assertThat(notAnId.status()).isEqualTo(404);
  }
}
