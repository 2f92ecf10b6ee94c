package be.loketopmaat.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The layering of Loket op Maat as ArchUnit rules, for any root package: the real one ({@code
 * be.loketopmaat}) and a fixture package with classes that break each rule, to prove the rules can
 * fail. Dependencies point inward: domain ← application ← adapters ← bootstrap.
 */
final class LayerRules {
  private LayerRules() {}

  /** The domain is plain Java: nothing but the JDK and itself. */
  static ArchRule domainIsPlainJava(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", root + ".domain..")
        .as("the domain depends on nothing but the JDK");
  }

  /**
   * The application layer knows the domain, the JDK and jakarta.inject at most; no SQL, no
   * framework.
   */
  static ArchRule applicationDependsOnlyOnTheDomain(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java.lang..",
            "java.util..",
            "java.time..",
            "java.io..",
            "jakarta.inject..",
            root + ".domain..",
            root + ".application..")
        .as("the application depends only on the domain (and jakarta.inject at most)");
  }

  /** Adapters never depend on each other: each one talks to the core only. */
  static ArchRule adaptersAreIndependent(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".adapters.(*)..")
        .should(new DependOnAnotherAdapter(root))
        .as("adapters do not depend on one another");
  }

  /** Adapters use the ports, never the services behind them: bootstrap alone chooses those. */
  static ArchRule adaptersUsePortsNotServices(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".adapters..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".application.service..")
        .as("adapters reach the application only through its ports");
  }

  /** Ports are the core's contracts: they never name the services that implement or use them. */
  static ArchRule portsDoNotDependOnServices(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".application.port..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".application.service..")
        .as("ports do not depend on services");
  }

  /**
   * A use case's service reaches another use case through its in-port, never through the class
   * behind it: services share collaborators (such as the desk-time claims), not each other's
   * insides.
   */
  static ArchRule useCasesDoNotReachIntoEachOther(String root) {
    DescribedPredicate<JavaClass> useCase =
        new DescribedPredicate<>("are the service of a use case") {
          @Override
          public boolean test(JavaClass type) {
            return type.getPackageName().startsWith(root + ".application.service")
                && type.getAllRawInterfaces().stream()
                    .anyMatch(i -> i.getPackageName().startsWith(root + ".application.port.in"));
          }
        };
    ArchCondition<JavaClass> leaveOtherUseCasesServicesAlone =
        new ArchCondition<>("not depend on another use case's service") {
          @Override
          public void check(JavaClass service, ConditionEvents events) {
            for (Dependency dependency : service.getDirectDependenciesFromSelf()) {
              JavaClass target = dependency.getTargetClass();
              if (!target.equals(service) && useCase.test(target)) {
                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
              }
            }
          }
        };
    return classes()
        .that()
        .resideInAPackage(root + ".application.service..")
        .and(useCase)
        .should(leaveOtherUseCasesServicesAlone)
        .as("use cases do not reach into each other's services");
  }

  /** Nothing but bootstrap knows bootstrap. */
  static ArchRule nothingDependsOnBootstrap(String root) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(root + ".bootstrap..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".bootstrap..")
        .as("only bootstrap depends on bootstrap");
  }
}
