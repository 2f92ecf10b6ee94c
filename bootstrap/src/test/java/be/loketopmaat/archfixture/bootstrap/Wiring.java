package be.loketopmaat.archfixture.bootstrap;

/** Stands for bootstrap's wiring in the fixtures. */
public class Wiring {}
