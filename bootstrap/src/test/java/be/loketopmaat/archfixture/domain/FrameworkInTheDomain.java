package be.loketopmaat.archfixture.domain;

/** Breaks "the domain is plain Java": it uses a framework type. */
public class FrameworkInTheDomain {
  public Object annotationType() {
    return io.micronaut.core.annotation.Introspected.class;
  }
}
