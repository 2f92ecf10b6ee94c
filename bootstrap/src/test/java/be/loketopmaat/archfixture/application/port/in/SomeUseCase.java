package be.loketopmaat.archfixture.application.port.in;

/** A use case of the fixtures, implemented by two services. */
public interface SomeUseCase {
  void run();
}
