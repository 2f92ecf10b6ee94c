package be.loketopmaat.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of Loket op Maat as ArchUnit rules, for any root package: the real one
 * ({@code be.loketopmaat}) and a fixture package with classes that break each rule, to prove the rules
 * can fail. Dependencies point inward: domain ← application ← adapters ← bootstrap.
 */
final class LayerRules {
  private LayerRules() {}

  /** The domain is plain Java: nothing but the JDK and itself. */
  static ArchRule domainIsPlainJava(String root) {
    return classes().that().resideInAPackage(root + ".domain..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
        .as("the domain depends on nothing but the JDK");
  }

  /** The application layer knows the domain, the JDK and jakarta.inject at most; no SQL, no framework. */
  static ArchRule applicationDependsOnlyOnTheDomain(String root) {
    return classes().that().resideInAPackage(root + ".application..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java.lang..", "java.util..", "java.time..",
            "java.io..", "jakarta.inject..", root + ".domain..", root + ".application..")
        .as("the application depends only on the domain (and jakarta.inject at most)");
  }

  /** Adapters never depend on each other: each one talks to the core only. */
  static ArchRule adaptersAreIndependent(String root) {
    return noClasses().that().resideInAPackage(root + ".adapters.(*)..")
        .should(new DependOnAnotherAdapter(root))
        .as("adapters do not depend on one another");
  }

  /** Adapters use the ports, never the services behind them: bootstrap alone chooses those. */
  static ArchRule adaptersUsePortsNotServices(String root) {
    return noClasses().that().resideInAPackage(root + ".adapters..")
        .should().dependOnClassesThat().resideInAPackage(root + ".application.service..")
        .as("adapters reach the application only through its ports");
  }

  /** Nothing but bootstrap knows bootstrap. */
  static ArchRule nothingDependsOnBootstrap(String root) {
    return noClasses().that().resideOutsideOfPackage(root + ".bootstrap..")
        .should().dependOnClassesThat().resideInAPackage(root + ".bootstrap..")
        .as("only bootstrap depends on bootstrap");
  }
}
