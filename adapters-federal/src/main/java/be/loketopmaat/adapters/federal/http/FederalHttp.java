package be.loketopmaat.adapters.federal.http;

import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

/**
 * One HTTP client per federal system, with its timeouts and TLS, that turns every way a call can
 * fail to get an answer into a {@link SystemUnavailableException} naming the system.
 */
public final class FederalHttp {
  private final String system;
  private final EndpointSettings settings;
  private final HttpClient client;

  public FederalHttp(String system, EndpointSettings settings) {
    this.system = system;
    this.settings = settings;
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            // HTTP/1.1 on purpose: these services speak it, and an h2c upgrade attempt on a plain
            // connection only adds a round of headers.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER);
    if (settings.tls() != null) {
      builder.sslContext(settings.tls().sslContext());
    }
    this.client = builder.build();
  }

  public String system() {
    return system;
  }

  public EndpointSettings settings() {
    return settings;
  }

  /** A request to {@code path} under the base URI, with the request timeout already set. */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(settings.resolve(path)).timeout(settings.requestTimeout());
  }

  /**
   * Sends the request and returns whatever answer came, any status included; throws when none came.
   * A server error (5xx) is left to the caller, since some protocols (SOAP faults) put details in
   * it.
   */
  public HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpConnectTimeoutException e) {
      throw new SystemUnavailableException(
          system, "no connection within " + settings.connectTimeout().toMillis() + " ms", e);
    } catch (HttpTimeoutException e) {
      throw new SystemUnavailableException(
          system, "no answer within " + settings.requestTimeout().toMillis() + " ms", e);
    } catch (ConnectException e) {
      throw new SystemUnavailableException(system, "connection refused at " + request.uri(), e);
    } catch (IOException e) {
      throw new SystemUnavailableException(
          system, "the connection failed before an answer: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SystemUnavailableException(system, "interrupted while waiting for an answer", e);
    }
  }

  /** Throws when the answer is a server error: the system is there but cannot serve now. */
  public HttpResponse<byte[]> requireNoServerError(HttpResponse<byte[]> response) {
    if (response.statusCode() >= 500) {
      throw serverError(response, "");
    }
    return response;
  }

  public SystemUnavailableException serverError(HttpResponse<byte[]> response, String detail) {
    return new SystemUnavailableException(
        system, "answered HTTP " + response.statusCode() + (detail.isEmpty() ? "" : ": " + detail));
  }

  public SystemUnavailableException unexpected(String detail, Throwable cause) {
    return new SystemUnavailableException(
        system, "gave an answer this adapter cannot use: " + detail, cause);
  }
}
