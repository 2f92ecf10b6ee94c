package be.loketopmaat.adapters.federal.simulator;

import be.loketopmaat.domain.population.NisCode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;

/**
 * What every simulator of a partner JSON API has: its HTTP server on the loopback interface, the
 * partners' keys ({@link PartnerJson}), the failures a test injects, and an outage that really
 * closes the port. A subclass answers the requests ({@link #handle}); the server listens from
 * construction on, before anyone knows its port, so no request reaches a subclass that is not built
 * yet.
 */
public abstract class PartnerSimulator implements AutoCloseable {
  final PartnerJson api = new PartnerJson();
  private final SimulatorServer server;

  PartnerSimulator(String name, int port) {
    this.server = new SimulatorServer(name, port, this::handle);
  }

  /** Answers one request that no injected failure took. */
  abstract void handle(HttpExchange exchange) throws IOException;

  public URI baseUri() {
    return server.baseUri();
  }

  /** The failures to inject: slowness, hangs, dropped connections, server errors. */
  public Faults faults() {
    return server.faults();
  }

  /** The system is down: its port refuses connections until {@link #comeBack()}. */
  public void goDown() {
    server.goDown();
  }

  public void comeBack() {
    server.comeBack();
  }

  @Override
  public void close() {
    server.close();
  }

  /** Gives {@code municipality} the partner API key {@code apiKey}. */
  public void addPartner(NisCode municipality, String apiKey) {
    api.addPartner(municipality, apiKey);
  }

  /** How many HTTP requests reached the simulator, whatever became of them. */
  public int requestsSeen() {
    return server.exchanges();
  }
}
