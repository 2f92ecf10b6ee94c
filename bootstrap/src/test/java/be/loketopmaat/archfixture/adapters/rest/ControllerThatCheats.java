package be.loketopmaat.archfixture.adapters.rest;

import be.loketopmaat.archfixture.adapters.persistence.SomeRepository;
import be.loketopmaat.archfixture.application.service.SqlInTheApplication;
import be.loketopmaat.archfixture.bootstrap.Wiring;

/** Breaks three rules: it uses another adapter, a service instead of a port, and bootstrap. */
public class ControllerThatCheats {
  public SomeRepository repository;
  public SqlInTheApplication service;
  public Wiring wiring;
}
