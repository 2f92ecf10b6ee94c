package be.loketopmaat.bootstrap;

import io.micronaut.runtime.Micronaut;

/** Starts the service: the HTTP API on the configured city's data. */
public final class LoketOpMaat {
  private LoketOpMaat() {}

  public static void main(String[] args) {
    // The kiosk evaluation's chart is drawn in memory with Java2D: no display, ever.
    System.setProperty("java.awt.headless", "true");
    Micronaut.build(args).mainClass(LoketOpMaat.class).banner(false).start();
  }
}
