package be.loketopmaat.bootstrap;

import io.micronaut.runtime.Micronaut;

/** Starts the service: the HTTP API on the configured city's data. */
public final class LoketOpMaat {
  private LoketOpMaat() {}

  public static void main(String[] args) {
    Micronaut.build(args).mainClass(LoketOpMaat.class).banner(false).start();
  }
}
