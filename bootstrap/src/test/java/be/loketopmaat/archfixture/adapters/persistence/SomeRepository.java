package be.loketopmaat.archfixture.adapters.persistence;

/** A persistence adapter class, for the rest adapter fixture to depend on. */
public class SomeRepository {}
