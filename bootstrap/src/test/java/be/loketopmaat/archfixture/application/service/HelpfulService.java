package be.loketopmaat.archfixture.application.service;

import be.loketopmaat.archfixture.application.port.in.SomeUseCase;

/** A use case's service, fine on its own. */
public class HelpfulService implements SomeUseCase {
  @Override
  public void run() {}
}
