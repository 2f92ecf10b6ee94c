package be.loketopmaat.adapters.rest;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;

/**
 * The API's description for the OpenAPI document, generated at compile time. It lives here, not in
 * bootstrap, so that the document belongs to the adapter that defines the API.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Loket op Maat API",
            version = "1",
            description =
                "Citizen services of a Belgian city: the catalogue of products and the channels that deliver them,"
                    + " the locations with their offer and opening calendar, channel advice ('no wrong door'), and the staff"
                    + " endpoints that keep this data. Errors are application/problem+json (RFC 9457). Request bodies use the"
                    + " schemas of the responses: read-only fields are ignored, and nullable fields may be left out.",
            contact = @Contact(name = "The city that runs this server"),
            license =
                @License(
                    name = "EUPL-1.2",
                    url =
                        "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12")),
    servers =
        @Server(
            url = "/",
            description = "The server that serves this document; a city publishes its own address"))
@SecurityScheme(
    name = "staffToken",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description =
        "A JWT from the city's identity provider (OpenID Connect), with the staff roles in its"
            + " 'roles' claim: counter-clerk, contact-centre-agent, location-manager,"
            + " civil-status-officer, administrator; each endpoint allows only the roles that need it"
            + " (the README lists them). For a"
            + " first run only, a server may accept a shared token (loket.staff.token) instead;"
            + " then an optional X-Staff-Member header names who acts, recorded as claimed.")
@SecurityScheme(
    name = "eCounterKey",
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.HEADER,
    paramName = "X-Api-Key",
    description =
        "The e-counter's partner key (loket.e-counter.api-key): the city's own portal, which signs"
            + " the citizen in with CSAM/itsme and names them by their national number. The staff"
            + " token opens nothing here.")
@SecurityScheme(
    name = "managementCode",
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.HEADER,
    paramName = "X-Management-Code",
    description =
        "The appointment's management code, given once when it was booked (and in the citizen's"
            + " messages): it alone opens the appointment to its citizen.")
@SecurityScheme(
    name = "managementCodeLink",
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.QUERY,
    paramName = "code",
    description =
        "The same management code in the query, for links that cannot send a header (the"
            + " citizen's messages, calendar subscriptions). The header wins when both are sent.")
@SecurityScheme(
    name = "kioskKey",
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.HEADER,
    paramName = "X-Kiosk-Key",
    description =
        "A self-service kiosk's own credential, '<kiosk id>.<secret>', given when the city"
            + " registered the kiosk (staff API); never the staff token.")
final class LoketOpMaatApi {
  private LoketOpMaatApi() {}
}
