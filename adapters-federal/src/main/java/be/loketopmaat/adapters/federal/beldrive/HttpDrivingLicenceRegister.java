package be.loketopmaat.adapters.federal.beldrive;

import be.loketopmaat.adapters.federal.http.CircuitBreakerSettings;
import be.loketopmaat.adapters.federal.http.EndpointSettings;
import be.loketopmaat.adapters.federal.http.PartnerCredentials;
import be.loketopmaat.adapters.federal.http.PartnerJsonApi;
import be.loketopmaat.adapters.federal.http.SystemCircuitBreaker;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.calendar.CityTime;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Code;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.LocationCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * BelDrive, the driving-licence register, over JSON and HTTP, as {@code
 * contracts/beldrive/driving-licences.openapi.yaml} writes it down. Every call goes through the
 * system's circuit breaker; a refusal is an answer and does not count against it.
 *
 * <p>What the register answers is read strictly (a missing field, a state, a national number or a
 * date it cannot read is a {@link SystemUnavailableException} that says what was wrong), but fields
 * it does not know are ignored, so that the register may add some.
 */
public final class HttpDrivingLicenceRegister implements DrivingLicenceRegister {
  public static final String SYSTEM = "BelDrive driving-licence register";

  private static final int LONGEST_NAME = 200;

  private final PartnerJsonApi api;
  private final SystemCircuitBreaker breaker;

  /**
   * @param credentials the municipality the adapter reads and reports for, and its partner API key
   */
  public HttpDrivingLicenceRegister(
      EndpointSettings endpoint, PartnerCredentials credentials, CircuitBreakerSettings circuit) {
    this.api = new PartnerJsonApi(SYSTEM, "the register", endpoint, credentials);
    this.breaker = new SystemCircuitBreaker(SYSTEM, circuit);
  }

  /** With the circuit breaker's {@linkplain CircuitBreakerSettings#defaults() defaults}. */
  public HttpDrivingLicenceRegister(EndpointSettings endpoint, PartnerCredentials credentials) {
    this(endpoint, credentials, CircuitBreakerSettings.defaults());
  }

  /** The state of the register's circuit breaker, for monitoring. */
  public CircuitBreaker.State circuitState() {
    return breaker.state();
  }

  @Override
  public LicenceEvents eventsAfter(long cursor, int limit) {
    if (cursor < 0) {
      throw new IllegalArgumentException("the cursor is 0 or a sequence, not " + cursor);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("the limit is at least 1, not " + limit);
    }
    int asked = Math.min(limit, BelDriveContract.MAX_LIMIT);
    return breaker.call(() -> readEvents(cursor, asked));
  }

  @Override
  public void delivered(String applicationId, LocalDateTime at) {
    if (applicationId == null
        || !BelDriveContract.APPLICATION_ID.matcher(applicationId).matches()) {
      throw new IllegalArgumentException(
          "an application id is 4 to 40 capitals, digits or dashes, not " + applicationId);
    }
    if (at == null) {
      throw new IllegalArgumentException("a hand-over needs its time");
    }
    // In a gap of the clock change, atZone moves the time on by the gap, as the city's clocks did.
    String deliveredAt = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(CityTime.ZONE));
    breaker.run(() -> reportDelivery(applicationId, deliveredAt));
  }

  private LicenceEvents readEvents(long cursor, int limit) {
    HttpRequest request =
        api.request(BelDriveContract.EVENTS_PATH + "?after=" + cursor + "&limit=" + limit)
            .GET()
            .build();
    HttpResponse<byte[]> response = api.send(request);
    if (response.statusCode() != 200) {
      throw api.notServed(response);
    }
    JsonNode page = api.object(response);
    JsonNode events = page.get("events");
    if (events == null || !events.isArray()) {
      throw api.unexpected("a page of events without an events array", null);
    }
    if (events.size() > limit) {
      throw api.unexpected(events.size() + " events where at most " + limit + " were asked", null);
    }
    List<LicenceEvent> read = new ArrayList<>(events.size());
    long last = cursor;
    for (JsonNode event : events) {
      LicenceEvent next = readEvent(event);
      if (next.sequence() <= last) {
        throw api.unexpected(
            "event " + next.sequence() + " does not come after " + last + " in the feed", null);
      }
      last = next.sequence();
      read.add(next);
    }
    long next = api.number(page, "next", "the page of events");
    if (next < last) {
      throw api.unexpected(
          "the page's next " + next + " is before its events (" + last + ")", null);
    }
    return new LicenceEvents(List.copyOf(read), next);
  }

  private LicenceEvent readEvent(JsonNode event) {
    if (!event.isObject()) {
      throw api.unexpected("an event that is not an object", null);
    }
    long sequence = api.number(event, "sequence", "an event");
    String where = "event " + sequence;
    String applicationId = api.text(event, "applicationId", where);
    if (!BelDriveContract.APPLICATION_ID.matcher(applicationId).matches()) {
      throw api.unexpected(where + " has an application id outside the contract", null);
    }
    JsonNode holder = event.get("holder");
    if (holder == null || !holder.isObject()) {
      throw api.unexpected(where + " has no holder", null);
    }
    NationalNumber nationalNumber;
    try {
      nationalNumber = NationalNumber.of(api.text(holder, "nationalNumber", where + "'s holder"));
    } catch (InvalidInputException e) {
      throw api.unexpected(where + " has a holder whose national number is not valid", e);
    }
    String name = api.text(holder, "name", where + "'s holder");
    if (name.length() > LONGEST_NAME) {
      throw api.unexpected(
          where + " has a holder's name over " + LONGEST_NAME + " characters", null);
    }
    String category = api.text(event, "category", where);
    if (!BelDriveContract.CATEGORY.matcher(category).matches()) {
      throw api.unexpected(where + " has a category outside the contract: " + category, null);
    }
    LicenceState state = domainState(api.text(event, "state", where), where);
    String deliveryPoint = api.optionalText(event, "deliveryPoint", where);
    if (deliveryPoint != null && !Code.isValid(deliveryPoint)) {
      throw api.unexpected(where + " has a delivery point that is not a location code", null);
    }
    if (deliveryPoint == null
        && (state == LicenceState.READY_FOR_PICKUP || state == LicenceState.DELIVERED)) {
      throw api.unexpected(where + " is " + state + " without a deliveryPoint", null);
    }
    return new LicenceEvent(
        sequence,
        applicationId,
        nationalNumber,
        name,
        category,
        state,
        deliveryPoint == null ? null : new LocationCode(deliveryPoint),
        api.cityTime(event, "at", where),
        api.optionalText(event, "reason", where),
        contact(holder, where + "'s holder"));
  }

  /**
   * The holder's contact as the applicant gave it, unchecked (the city decides what it can use); a
   * language the city does not speak is left out, so that the city writes in its own.
   */
  private Contact contact(JsonNode holder, String where) {
    String email = api.optionalText(holder, "email", where);
    String phone = api.optionalText(holder, "phone", where);
    String language = api.optionalText(holder, "language", where);
    if (email == null && phone == null && language == null) {
      return Contact.NONE;
    }
    return new Contact(email, phone, Language.fromTag(language).orElse(null));
  }

  /** The contract's states as the port names them. */
  private LicenceState domainState(String state, String where) {
    return switch (state) {
      case "SUBMITTED" -> LicenceState.SUBMITTED;
      case "ACCEPTED" -> LicenceState.ACCEPTED;
      case "IN_PRODUCTION" -> LicenceState.IN_PRODUCTION;
      case "READY_FOR_PICKUP" -> LicenceState.READY_FOR_PICKUP;
      case "DELIVERED" -> LicenceState.DELIVERED;
      case "REFUSED" -> LicenceState.REFUSED;
      case "CANCELLED" -> LicenceState.CANCELLED;
      default ->
          throw api.unexpected(where + " has a state the contract does not know: " + state, null);
    };
  }

  private Void reportDelivery(String applicationId, String deliveredAt) {
    ObjectNode body = api.json().createObjectNode();
    body.put("deliveredAt", deliveredAt);
    HttpRequest request =
        api.request(BelDriveContract.deliveryPath(applicationId))
            .header("Content-Type", BelDriveContract.JSON)
            .POST(HttpRequest.BodyPublishers.ofByteArray(api.write(body)))
            .build();
    HttpResponse<byte[]> response = api.send(request);
    return switch (response.statusCode()) {
      case 204 -> null;
      case 404 -> throw refusal(response, BelDriveContract.UNKNOWN_APPLICATION);
      case 409 -> throw refusal(response, BelDriveContract.NOT_READY);
      default -> throw api.notServed(response);
    };
  }

  private RuntimeException refusal(HttpResponse<byte[]> response, String fallbackCode) {
    return api.refusal(response, fallbackCode, ApplicationRefusedException::new);
  }
}
