package be.loketopmaat.adapters.rest.kiosk;

import be.loketopmaat.adapters.rest.common.ApiTimes;
import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.common.RequestAssembly;
import be.loketopmaat.adapters.rest.counter.CounterMapper;
import be.loketopmaat.adapters.rest.counter.IssuedTicketDto;
import be.loketopmaat.adapters.rest.kiosk.KioskDtos.AttestRequestDto;
import be.loketopmaat.adapters.rest.kiosk.KioskDtos.ChallengeDto;
import be.loketopmaat.adapters.rest.kiosk.KioskDtos.CivilStatusActDto;
import be.loketopmaat.adapters.rest.kiosk.KioskDtos.ExtractRequestDto;
import be.loketopmaat.adapters.rest.kiosk.KioskDtos.HeartbeatDto;
import be.loketopmaat.adapters.rest.kiosk.KioskDtos.KioskTicketDto;
import be.loketopmaat.adapters.rest.kiosk.KioskDtos.LoginFailureDto;
import be.loketopmaat.adapters.rest.kiosk.KioskDtos.PinCodesDto;
import be.loketopmaat.adapters.rest.kiosk.KioskDtos.PrintedDto;
import be.loketopmaat.adapters.rest.kiosk.KioskDtos.ProductDto;
import be.loketopmaat.adapters.rest.kiosk.KioskDtos.SessionDto;
import be.loketopmaat.adapters.rest.kiosk.KioskDtos.SessionRequestDto;
import be.loketopmaat.adapters.rest.kiosk.KioskDtos.TicketDto;
import be.loketopmaat.adapters.rest.pincode.PinCodeDto;
import be.loketopmaat.adapters.rest.pincode.PinCodeMapper;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.ratelimit.RateLimited;
import be.loketopmaat.application.KioskRefusedException;
import be.loketopmaat.application.port.in.KioskTicketsUseCase;
import be.loketopmaat.application.port.in.KioskUseCase;
import be.loketopmaat.application.port.in.KioskUseCase.Credential;
import be.loketopmaat.application.port.in.KioskUseCase.InSession;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.common.Phrase;
import be.loketopmaat.domain.kiosk.ExtractKind;
import be.loketopmaat.domain.kiosk.KioskChallenge;
import be.loketopmaat.domain.kiosk.KioskStatus;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.population.AttestModel;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a kiosk does against the city. Every call carries the kiosk's credential, {@value #KEY}:
 * {@code <kiosk id>.<secret>}; calls in a citizen's session also the session's token, {@value
 * #SESSION}.
 */
@Controller("/api/v1/kiosk")
@Tag(
    name = "Kiosk",
    description =
        "For the self-service kiosks: sessions opened by the eID card's signature, products,"
            + " attests, civil-status extracts, PIN/PUK codes, tickets, heartbeats (kiosk credential"
            + " required)")
@ProblemResponse(code = "400", description = "A refused field, named in 'errors'")
@ProblemResponse(
    code = "401",
    description = "Unknown kiosk, wrong credential, or no open session with this token")
@ProblemResponse(code = "403", description = "The kiosk is disabled")
@SecurityRequirement(name = "kioskKey")
public class KioskController {
  static final String KEY = "X-Kiosk-Key";
  static final String SESSION = "X-Kiosk-Session";
  private static final String SESSION_DESCRIPTION =
      "The citizen's session token, as POST /api/v1/kiosk/sessions answered it";
  private static final int MAX_CERTIFICATE = 8192;
  private static final Pattern REASON = Pattern.compile("[A-Z_]{1,40}");
  private static final Pattern FAULT = Pattern.compile("[A-Za-z_ ]{1,60}");
  private static final Pattern ACT = Pattern.compile(KioskDtos.ACT_NUMBER);

  private final KioskUseCase kiosks;
  private final KioskTicketsUseCase tickets;
  private final CounterMapper counter;
  private final PinCodeMapper pinCodes;
  private final URI verificationBase;

  KioskController(
      KioskUseCase kiosks,
      KioskTicketsUseCase tickets,
      CounterMapper counter,
      PinCodeMapper pinCodes,
      @Value("${loket.kiosk.verification-url:/api/v1/attest-verifications/}")
          String verificationBase) {
    this.kiosks = kiosks;
    this.tickets = tickets;
    this.counter = counter;
    this.pinCodes = pinCodes;
    this.verificationBase =
        URI.create(verificationBase.endsWith("/") ? verificationBase : verificationBase + "/");
  }

  @Post("/challenges")
  @Operation(
      operationId = "kioskChallenge",
      summary = "A fresh challenge for the card to sign",
      description = "32 random bytes, usable once, within loket.kiosk.challenge-ttl.")
  @ApiResponse(responseCode = "201", description = "The challenge")
  public HttpResponse<ChallengeDto> challenge(
      @Parameter(hidden = true) @Nullable @Header(KEY) String key) {
    KioskChallenge challenge = kiosks.challenge(credential(key));
    return HttpResponse.status(HttpStatus.CREATED)
        .body(
            new ChallengeDto(
                challenge.id().toString(),
                Base64.getEncoder().encodeToString(challenge.value()),
                ApiTimes.format(challenge.expires())));
  }

  @Post("/sessions")
  @Operation(
      operationId = "kioskOpenSession",
      summary = "Open a citizen's session by the card's signature over a challenge",
      description =
          "The chain must lead to a trusted eID root and the signature verify with the"
              + " authentication key; the challenge is used up either way.")
  @ApiResponse(responseCode = "201", description = "The session and its token")
  public HttpResponse<SessionDto> open(
      @Parameter(hidden = true) @Nullable @Header(KEY) String key, @Body SessionRequestDto body) {
    Credential credential = credential(key);
    RequestAssembly request = new RequestAssembly();
    UUID challenge = request.value("challenge", body.challenge(), KioskController::uuid);
    byte[] signature = request.value("signature", body.signature(), KioskController::base64);
    List<byte[]> chain = new ArrayList<>();
    List<String> certificates = request.required("certificates", body.certificates());
    if (certificates != null) {
      for (int i = 0; i < certificates.size(); i++) {
        chain.add(
            request.value("certificates[" + i + "]", certificates.get(i), KioskController::base64));
      }
    }
    Language language = language(body.language(), Language.NL);
    request.throwIfAny();
    KioskUseCase.Opened opened =
        kiosks.openSession(credential, challenge, chain, signature, language);
    return HttpResponse.status(HttpStatus.CREATED)
        .body(
            new SessionDto(
                opened.token(),
                opened.login().citizenName(),
                opened.login().language().tag(),
                ApiTimes.format(opened.login().expires())));
  }

  @Post("/login-failures")
  @Operation(
      operationId = "kioskLoginFailed",
      summary = "Report a failed login the kiosk saw (a wrong or blocked PIN, a refused card)",
      description = "Only logged, the national number pseudonymised; never send the PIN.")
  @ApiResponse(responseCode = "204", description = "Logged")
  public HttpResponse<Void> loginFailed(
      @Parameter(hidden = true) @Nullable @Header(KEY) String key, @Body LoginFailureDto body) {
    Credential credential = credential(key);
    RequestAssembly request = new RequestAssembly();
    String insz =
        request.value(
            "nationalNumber",
            body.nationalNumber(),
            v -> v == null ? null : new NationalNumber(v).digits());
    String reason =
        request.value(
            "reason", body.reason(), v -> v == null || REASON.matcher(v).matches() ? v : bad());
    request.throwIfAny();
    kiosks.loginFailed(credential, reason, insz);
    return HttpResponse.noContent();
  }

  @Get("/products")
  @Operation(
      operationId = "kioskProducts",
      summary = "The products offered at kiosks, in the citizen's language")
  @ApiResponse(responseCode = "200", description = "Code and name of each")
  public List<ProductDto> products(
      @Parameter(hidden = true) @Nullable @Header(KEY) String key,
      @Parameter(description = SESSION_DESCRIPTION, required = true) @Nullable @Header(SESSION)
          String session,
      @Parameter(description = "nl, fr or en: the screen's language now (the session's if absent)")
          @Nullable
          @QueryValue
          String language) {
    InSession in = session(key, session);
    Language shown = language(language, kiosks.current(in).language());
    return kiosks.products(in).stream()
        .map(p -> new ProductDto(p.code().value(), p.name().in(shown)))
        .toList();
  }

  @Post(
      value = "/attests",
      produces = {"application/pdf", MediaType.APPLICATION_JSON_PROBLEM})
  @Operation(
      operationId = "kioskAttest",
      summary = "A population-register attest for the session's citizen, as PDF",
      description =
          "The register's PDF; X-Attest-Code and X-Attest-Verification give the code and the"
              + " public verification URL that the kiosk prints as QR code on it. The read is"
              + " recorded. The code verifies once the kiosk reports the attest printed.")
  @ApiResponse(
      responseCode = "200",
      description = "The PDF",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = "string", format = "binary")))
  @ProblemResponse(
      code = "409",
      description = "/problems/conflict: register-refused or register-unavailable")
  public HttpResponse<byte[]> attest(
      @Parameter(hidden = true) @Nullable @Header(KEY) String key,
      @Parameter(description = SESSION_DESCRIPTION, required = true) @Nullable @Header(SESSION)
          String session,
      @Body AttestRequestDto body) {
    InSession in = session(key, session);
    RequestAssembly request = new RequestAssembly();
    AttestModel model = request.value("model", body.model(), KioskController::model);
    request.throwIfAny();
    KioskUseCase.PrintableAttest attest =
        kiosks.attest(in, model, body.language() == null ? null : language(body.language(), null));
    return printable(attest);
  }

  /** What a kiosk reports of a print: whether it came out, and the printer's fault if not. */
  private record PrintReport(Boolean printed, String fault) {}

  /** Reads a print report of an attest, an extract or a ticket's slip, noting what is refused. */
  private static PrintReport printReport(RequestAssembly request, PrintedDto body) {
    Boolean printed = request.required("printed", body.printed());
    String fault =
        request.value(
            "fault", body.fault(), v -> v == null || FAULT.matcher(v).matches() ? v : bad());
    return new PrintReport(printed, fault);
  }

  /** A document to print: the PDF, its verification code and where anyone checks it. */
  private HttpResponse<byte[]> printable(KioskUseCase.PrintableAttest document) {
    String code = document.verification().code();
    return HttpResponse.ok(document.pdf())
        .contentType("application/pdf")
        .header("X-Attest-Code", code)
        .header("X-Attest-Verification", verificationBase.resolve(code).toString());
  }

  @Post("/attests/{code}/printed")
  @Operation(
      operationId = "kioskAttestPrinted",
      summary = "Whether the attest was printed",
      description = "Printed: its code becomes valid. Not printed: it is dropped, never valid.")
  @ApiResponse(responseCode = "204", description = "Recorded")
  @ProblemResponse(code = "404", description = "No pending attest of this kiosk with this code")
  public HttpResponse<Void> printed(
      @Parameter(hidden = true) @Nullable @Header(KEY) String key,
      @Parameter(description = SESSION_DESCRIPTION, required = true) @Nullable @Header(SESSION)
          String session,
      @PathVariable String code,
      @Body PrintedDto body) {
    InSession in = session(key, session);
    RequestAssembly request = new RequestAssembly();
    PrintReport report = printReport(request, body);
    request.throwIfAny();
    kiosks.attestPrinted(in, code, report.printed(), report.fault());
    return HttpResponse.noContent();
  }

  @Get("/civil-status-acts")
  @Operation(
      operationId = "kioskCivilStatusActs",
      summary = "The session's citizen's civil-status acts, to choose one for an extract",
      description =
          "As the civil-status database (DABS) lists them: the signed birth, recognition and"
              + " marriage acts that name the citizen, oldest first, each named in 'language' (the"
              + " session's if absent). Nothing about the other persons of an act.")
  @ApiResponse(responseCode = "200", description = "The acts (possibly none)")
  @ProblemResponse(
      code = "409",
      description = "/problems/conflict: registry-refused or registry-unavailable")
  public List<CivilStatusActDto> civilStatusActs(
      @Parameter(hidden = true) @Nullable @Header(KEY) String key,
      @Parameter(description = SESSION_DESCRIPTION, required = true) @Nullable @Header(SESSION)
          String session,
      @Parameter(description = "nl, fr or en: the screen's language now (the session's if absent)")
          @Nullable
          @QueryValue
          String language) {
    InSession in = session(key, session);
    Language shown = language(language, kiosks.current(in).language());
    return kiosks.civilStatusActs(in).stream()
        .map(
            act ->
                new CivilStatusActDto(
                    act.actNumber(),
                    act.kind().name(),
                    ExtractKind.of(act.kind()).title().in(shown),
                    act.eventDate() == null ? null : act.eventDate().toString(),
                    act.municipality().value()))
        .toList();
  }

  @Post(value = "/civil-status-extracts", produces = "application/pdf")
  @Operation(
      operationId = "kioskCivilStatusExtract",
      summary = "An extract of one of the session's citizen's civil-status acts, as PDF",
      description =
          "DABS's PDF of the act, which must be one of the citizen's own (GET"
              + " /api/v1/kiosk/civil-status-acts). As with an attest, X-Attest-Code and"
              + " X-Attest-Verification give the city's code and public verification URL that the"
              + " kiosk prints as QR code on it; the read is recorded; the code verifies once the"
              + " kiosk reports the extract printed"
              + " (POST /api/v1/kiosk/civil-status-extracts/{code}/printed).")
  @ApiResponse(
      responseCode = "200",
      description = "The PDF",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = "string", format = "binary")))
  @ProblemResponse(code = "404", description = "Not one of the citizen's acts")
  @ProblemResponse(
      code = "409",
      description = "/problems/conflict: registry-refused or registry-unavailable")
  public HttpResponse<byte[]> civilStatusExtract(
      @Parameter(hidden = true) @Nullable @Header(KEY) String key,
      @Parameter(description = SESSION_DESCRIPTION, required = true) @Nullable @Header(SESSION)
          String session,
      @Body ExtractRequestDto body) {
    InSession in = session(key, session);
    RequestAssembly request = new RequestAssembly();
    String act =
        request.value(
            "actNumber",
            body.actNumber(),
            v -> {
              requireValue(v);
              return ACT.matcher(v).matches() ? v : bad();
            });
    Language language = body.language() == null ? null : language(body.language(), null);
    request.throwIfAny();
    KioskUseCase.PrintableAttest extract = kiosks.civilStatusExtract(in, act, language);
    return printable(extract);
  }

  @Post("/civil-status-extracts/{code}/printed")
  @Operation(
      operationId = "kioskCivilStatusExtractPrinted",
      summary = "Whether the civil-status extract was printed",
      description = "Printed: its code becomes valid. Not printed: it is dropped, never valid.")
  @ApiResponse(responseCode = "204", description = "Recorded")
  @ProblemResponse(code = "404", description = "No pending extract of this kiosk with this code")
  public HttpResponse<Void> extractPrinted(
      @Parameter(hidden = true) @Nullable @Header(KEY) String key,
      @Parameter(description = SESSION_DESCRIPTION, required = true) @Nullable @Header(SESSION)
          String session,
      @PathVariable String code,
      @Body PrintedDto body) {
    return printed(key, session, code, body);
  }

  @Post("/pin-codes")
  @Operation(
      operationId = "kioskRequestPinCodes",
      summary = "Request new PIN/PUK codes for the session's citizen",
      description =
          "As at the desk: refused with the reason while a request is open or a new card is on"
              + " its way; an e-mail address or phone is needed to tell the citizen.")
  @ApiResponse(responseCode = "201", description = "The request")
  @ProblemResponse(
      code = "409",
      description = "/problems/conflict: codes-request-open, or card-order-pending")
  public HttpResponse<PinCodeDto> requestPinCodes(
      @Parameter(hidden = true) @Nullable @Header(KEY) String key,
      @Parameter(description = SESSION_DESCRIPTION, required = true) @Nullable @Header(SESSION)
          String session,
      @Body PinCodesDto body) {
    InSession in = session(key, session);
    RequestAssembly request = new RequestAssembly();
    LocationCode pickupAt = request.value("pickupAt", body.pickupAt(), LocationCode::new);
    request.throwIfAny();
    return HttpResponse.status(HttpStatus.CREATED)
        .body(
            pinCodes.toDto(
                kiosks.requestPinCodes(
                    in, new KioskUseCase.CodesRequest(body.email(), body.phone(), pickupAt))));
  }

  @Get("/tickets/products")
  @Operation(
      operationId = "kioskTicketProducts",
      summary = "The products this kiosk prints walk-in tickets for, in the citizen's language",
      description =
          "No session: a ticket is anonymous. The products the kiosk's location hands out without"
              + " appointment; an empty list where the kiosk's location has no walk-in queue (a"
              + " kiosk site: a library, a sports hall).")
  @ApiResponse(responseCode = "200", description = "Code and name of each")
  public List<ProductDto> ticketProducts(
      @Parameter(hidden = true) @Nullable @Header(KEY) String key,
      @Parameter(description = "nl, fr or en: the screen's language now (nl if absent)")
          @Nullable
          @QueryValue
          String language) {
    Credential credential = credential(key);
    Language shown = language(language, Language.NL);
    return tickets.ticketProducts(credential).stream()
        .map(p -> new ProductDto(p.code().value(), p.name().in(shown)))
        .toList();
  }

  @Post("/tickets")
  @RateLimited
  @Operation(
      operationId = "kioskTicket",
      summary = "A walk-in ticket in the queue of the kiosk's location",
      description =
          "No session: a ticket is anonymous. Drawn in the location's queue as if at the counter;"
              + " the answer holds what the slip prints, named in 'language'. The kiosk reports"
              + " the slip printed or not (POST /api/v1/kiosk/tickets/{id}/printed); the ticket"
              + " stays in the queue either way. Only a kiosk whose location has a walk-in queue"
              + " prints tickets. Rate limited per client.")
  @ApiResponse(
      responseCode = "201",
      description = "The ticket, with its place in the queue",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = KioskTicketDto.class)))
  @ProblemResponse(
      code = "400",
      description = "A refused field, or a product not handed out here without appointment")
  @ProblemResponse(code = "404", description = "The product is unknown")
  @ProblemResponse(
      code = "409",
      description =
          "/problems/conflict: kiosk-without-queue, location-closed, too-many-tickets or"
              + " queue-full")
  public HttpResponse<KioskTicketDto> ticket(
      @Parameter(hidden = true) @Nullable @Header(KEY) String key, @Body TicketDto body) {
    Credential credential = credential(key);
    RequestAssembly request = new RequestAssembly();
    ProductCode product = request.value("product", body.product(), ProductCode::new);
    Language shown = language(body.language(), Language.NL);
    request.throwIfAny();
    KioskTicketsUseCase.KioskTicket drawn = tickets.draw(credential, product);
    IssuedTicketDto issued = counter.toDto(drawn.issued());
    return HttpResponse.status(HttpStatus.CREATED)
        .body(
            new KioskTicketDto(
                issued.id().toString(),
                issued.number(),
                issued.product(),
                drawn.product().name().in(shown),
                issued.location(),
                drawn.location().name(),
                issued.purpose().name(),
                issued.position(),
                issued.estimatedWaitMinutes(),
                issued.issuedAt()));
  }

  @Post("/tickets/{id}/printed")
  @Operation(
      operationId = "kioskTicketPrinted",
      summary = "Whether the ticket's slip was printed",
      description =
          "Printed: logged as a printed ticket. Not printed: the ticket stays in the queue (the"
              + " screen shows its number) and the usage log gets a FAULT; the slip may be"
              + " reported printed later, once.")
  @ApiResponse(responseCode = "204", description = "Recorded")
  @ProblemResponse(
      code = "404",
      description = "No ticket of this kiosk with this id waiting for its slip report")
  public HttpResponse<Void> ticketPrinted(
      @Parameter(hidden = true) @Nullable @Header(KEY) String key,
      @Parameter(description = "The ticket's id, as POST /api/v1/kiosk/tickets answered it")
          @PathVariable
          String id,
      @Body PrintedDto body) {
    Credential credential = credential(key);
    RequestAssembly request = new RequestAssembly();
    UUID ticket = Params.uuid(request, "id", id);
    PrintReport report = printReport(request, body);
    request.throwIfAny();
    tickets.slipPrinted(credential, ticket, report.printed(), report.fault());
    return HttpResponse.noContent();
  }

  @Delete("/sessions/current")
  @Operation(
      operationId = "kioskEndSession",
      summary = "End the session (the card was taken out, or the citizen is done)")
  @ApiResponse(responseCode = "204", description = "Ended (also when it had ended already)")
  public HttpResponse<Void> end(
      @Parameter(hidden = true) @Nullable @Header(KEY) String key,
      @Parameter(description = SESSION_DESCRIPTION, required = true) @Nullable @Header(SESSION)
          String session) {
    kiosks.endSession(new InSession(credential(key), session));
    return HttpResponse.noContent();
  }

  @Post("/heartbeats")
  @Operation(
      operationId = "kioskHeartbeat",
      summary = "The kiosk's state: ONLINE, OUT_OF_PAPER, JAMMED or OFFLINE",
      description = "A kiosk silent for loket.kiosk.silence counts as offline.")
  @ApiResponse(responseCode = "204", description = "Recorded")
  public HttpResponse<Void> heartbeat(
      @Parameter(hidden = true) @Nullable @Header(KEY) String key, @Body HeartbeatDto body) {
    Credential credential = credential(key);
    RequestAssembly request = new RequestAssembly();
    KioskStatus status = request.value("status", body.status(), KioskController::status);
    request.throwIfAny();
    kiosks.heartbeat(credential, status);
    return HttpResponse.noContent();
  }

  private static InSession session(String key, String session) {
    Credential credential = credential(key);
    if (session == null || session.isBlank()) {
      throw new KioskRefusedException(
          false, Phrase.of("A session's token is needed (X-Kiosk-Session)."));
    }
    return new InSession(credential, session.strip());
  }

  /** {@code <uuid>.<secret>}; anything else is no credential at all. */
  static Credential credential(String key) {
    if (key != null) {
      int dot = key.indexOf('.');
      if (dot > 0) {
        try {
          return new Credential(
              UUID.fromString(key.substring(0, dot).strip()), key.substring(dot + 1).strip());
        } catch (IllegalArgumentException notAnId) {
          // falls through to the refusal
        }
      }
    }
    throw new KioskRefusedException(
        false, Phrase.of("Kiosk endpoints need an 'X-Kiosk-Key: <kiosk id>.<secret>' header."));
  }

  private static <T> T bad() {
    throw new InvalidInputException("", "is not allowed here");
  }

  private static void requireValue(String value) {
    if (value == null) {
      throw new InvalidInputException("", "is required");
    }
  }

  private static UUID uuid(String value) {
    requireValue(value);
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("", "is not an id (a UUID)");
    }
  }

  private static byte[] base64(String value) {
    requireValue(value);
    if (value.length() > MAX_CERTIFICATE) {
      throw new InvalidInputException("", "must be at most {0} characters", MAX_CERTIFICATE);
    }
    try {
      return Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("", "is not base64");
    }
  }

  /** A language tag (nl, fr, en), or {@code otherwise} when there is none. */
  private static Language language(String tag, Language otherwise) {
    if (tag == null) {
      return otherwise;
    }
    return Language.fromTag(tag)
        .orElseThrow(() -> new InvalidInputException("language", "must be nl, fr or en"));
  }

  private static AttestModel model(String value) {
    requireValue(value);
    try {
      return AttestModel.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("", "is not an attest model");
    }
  }

  private static KioskStatus status(String value) {
    requireValue(value);
    try {
      return KioskStatus.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("", "must be ONLINE, OUT_OF_PAPER, JAMMED or OFFLINE");
    }
  }
}
