package be.loketopmaat.archfixture.application.service;

import be.loketopmaat.archfixture.application.port.in.SomeUseCase;

/**
 * Breaks "use cases do not reach into each other": it holds another use case's service, not its
 * port.
 */
public class ServiceThatReachesIntoAnother implements SomeUseCase {
  private final HelpfulService other = new HelpfulService();

  @Override
  public void run() {
    other.run();
  }
}
