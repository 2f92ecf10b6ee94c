package be.loketopmaat.adapters.rest.document;

import be.loketopmaat.adapters.rest.appointment.AppointmentAssembler;
import be.loketopmaat.adapters.rest.common.ApiTimes;
import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.common.RequestAssembly;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.staff.StaffActors;
import be.loketopmaat.adapters.rest.staff.StaffRoles;
import be.loketopmaat.application.port.in.IdentityDocumentsUseCase;
import be.loketopmaat.application.port.in.IdentityDocumentsUseCase.Application;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.UUID;

/**
 * Identity documents at the desk: record an application (its order goes to the card production),
 * follow it, see what lies in a location's safe, hand a document over or cancel an order.
 */
@Controller("/api/v1/staff")
@Tag(
    name = "Staff: identity documents",
    description = "From the application to the hand-over (bearer token required)")
@SecurityRequirement(name = "staffToken")
@ProblemResponse(code = "400", description = "A refused field, named in 'errors'")
@ProblemResponse(code = "401", description = "Missing or wrong staff token")
@ProblemResponse(code = "403", description = "A role that may not do this")
@ProblemResponse(code = "404", description = "No such document (or product, location)")
public class StaffDocumentController {
  private static final int DEFAULT_LIMIT = 200;
  private static final int MAX_NUMBER = 60;
  private final IdentityDocumentsUseCase documents;
  private final DocumentMapper mapper;
  private final StaffActors actors;
  private final Clock clock;

  StaffDocumentController(
      IdentityDocumentsUseCase documents, DocumentMapper mapper, StaffActors actors, Clock clock) {
    this.documents = documents;
    this.mapper = mapper;
    this.actors = actors;
    this.clock = clock;
  }

  @Post("/documents")
  @Secured({
    StaffRoles.COUNTER_CLERK,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.CIVIL_STATUS_OFFICER,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(
      operationId = "staffRecordDocumentApplication",
      summary = "Record an application for an identity document",
      description =
          "The capture (photo, signature, fingerprints from 12) was taken at the desk. The order"
              + " to the card production is queued in the same transaction and sent when the"
              + " production answers; nothing is lost while it is down. The pickup location must"
              + " keep documents: a safe and a pickup desk.")
  @ApiResponse(responseCode = "201", description = "The recorded application, state RECORDED")
  public HttpResponse<DocumentDto> record(HttpRequest<?> http, @Body DocumentApplicationDto body) {
    RequestAssembly request = new RequestAssembly();
    DocumentKind kind =
        body.kind() == null
            ? request.required("kind", null)
            : Params.oneOf(request, "kind", body.kind(), DocumentKind.class);
    ProductCode product = request.value("product", body.product(), ProductCode::new);
    Citizen citizen =
        request.required("citizen", body.citizen()) == null
            ? null
            : AppointmentAssembler.citizen(request, body.citizen());
    LocationCode appliedAt = request.value("appliedAt", body.appliedAt(), LocationCode::new);
    LocationCode pickupAt = request.value("pickupAt", body.pickupAt(), LocationCode::new);
    request.throwIfAny();
    Application application =
        new Application(
            kind, product, citizen, appliedAt, pickupAt, Boolean.TRUE.equals(body.urgent()));
    return HttpResponse.<DocumentDto>status(HttpStatus.CREATED)
        .body(mapper.toDto(documents.record(application, actors.of(http))));
  }

  @Get("/documents/{id}")
  @Secured({
    StaffRoles.COUNTER_CLERK,
    StaffRoles.CONTACT_CENTRE_AGENT,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.CIVIL_STATUS_OFFICER,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(operationId = "staffViewDocument", summary = "Where a document stands")
  @ApiResponse(responseCode = "200", description = "The document")
  public DocumentDto view(@Parameter(description = "The document's id") @PathVariable String id) {
    return mapper.toDto(documents.get(id(id)));
  }

  @Get("/documents{?kind,number}")
  @Secured({
    StaffRoles.COUNTER_CLERK,
    StaffRoles.CONTACT_CENTRE_AGENT,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.CIVIL_STATUS_OFFICER,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(
      operationId = "staffFindDocumentByNumber",
      summary = "A document by the federal system's number",
      description =
          "The production number of an identity document, or BelDrive's application id of a"
              + " driving licence (a driving licence is applied for in BelDrive: the city learns of"
              + " it from BelDrive's feed).")
  @ApiResponse(responseCode = "200", description = "The document")
  public DocumentDto byNumber(
      @Parameter(description = "The document's kind, e.g. DRIVING_LICENCE") @Nullable @QueryValue
          String kind,
      @Parameter(description = "The federal system's number") @Nullable @QueryValue String number) {
    RequestAssembly request = new RequestAssembly();
    DocumentKind documentKind =
        kind == null
            ? request.required("kind", null)
            : Params.oneOf(request, "kind", kind, DocumentKind.class);
    String federalNumber =
        number == null || number.isBlank() ? request.required("number", null) : number.strip();
    if (federalNumber != null && federalNumber.length() > MAX_NUMBER) {
      request.violation("number", "must be at most {0} characters", MAX_NUMBER);
    }
    request.throwIfAny();
    return mapper.toDto(documents.byNumber(documentKind, federalNumber));
  }

  @Get("/locations/{code}/safe")
  @Secured({
    StaffRoles.COUNTER_CLERK,
    StaffRoles.CONTACT_CENTRE_AGENT,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(
      operationId = "staffViewSafe",
      summary = "What lies in a location's safe",
      description =
          "Longest there first, with how long each lies there and which go back within the"
              + " coming seven days (a document not picked up in three months goes back).")
  @ApiResponse(responseCode = "200", description = "The safe")
  public SafeDto safe(
      @Parameter(description = "The location's code") @PathVariable String code,
      @Parameter(description = "At most this many (1-500, default 200)") @Nullable @QueryValue
          String limit) {
    RequestAssembly request = new RequestAssembly();
    LocationCode location = request.value("code", code, LocationCode::new);
    Integer most = Params.wholeNumber(request, "limit", limit);
    request.throwIfAny();
    return mapper.toSafe(
        location.value(),
        documents.safe(location, most == null ? DEFAULT_LIMIT : most),
        ApiTimes.today(clock));
  }

  @Post("/documents/{id}/hand-over")
  @Secured({StaffRoles.COUNTER_CLERK, StaffRoles.LOCATION_MANAGER, StaffRoles.ADMINISTRATOR})
  @Operation(
      operationId = "staffHandOverDocument",
      summary = "Hand the document over",
      description =
          "After the fingerprints were checked again. Its activation is queued for the card"
              + " production in the same transaction.")
  @ApiResponse(responseCode = "200", description = "The document, HANDED_OVER")
  @ProblemResponse(code = "409", description = "/problems/conflict: not-in-safe")
  public DocumentDto handOver(
      HttpRequest<?> http, @Parameter(description = "The document's id") @PathVariable String id) {
    return mapper.toDto(documents.handOver(id(id), actors.of(http)));
  }

  @Post("/documents/{id}/cancel")
  @Secured({StaffRoles.COUNTER_CLERK, StaffRoles.LOCATION_MANAGER, StaffRoles.ADMINISTRATOR})
  @Operation(
      operationId = "staffCancelDocument",
      summary = "Cancel an order before it was dispatched",
      description = "The reason is required and kept.")
  @ApiResponse(responseCode = "200", description = "The document, CANCELLED")
  @ProblemResponse(
      code = "409",
      description = "/problems/conflict: already-dispatched, or order-ended")
  public DocumentDto cancel(
      HttpRequest<?> http,
      @Parameter(description = "The document's id") @PathVariable String id,
      @Body DocumentReasonDto body) {
    return mapper.toDto(documents.cancel(id(id), body.reason(), actors.of(http)));
  }

  private static UUID id(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException notAnId) {
      throw new InvalidInputException("id", "is not a document id (a UUID)");
    }
  }
}
