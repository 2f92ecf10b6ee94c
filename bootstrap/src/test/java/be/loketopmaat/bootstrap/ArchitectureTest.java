package be.loketopmaat.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards the layering on the production classes of every module, and proves that each rule fails on
 * a fixture class that breaks it (a rule that cannot fail guards nothing).
 */
class ArchitectureTest {
  private static final String ROOT = "be.loketopmaat";
  private static final String FIXTURES = "be.loketopmaat.archfixture";

  private static JavaClasses production;
  private static JavaClasses fixtures;

  @BeforeAll
  static void importClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    fixtures = new ClassFileImporter().importPackages(FIXTURES);
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        rule("domain is plain Java", LayerRules::domainIsPlainJava, "domain.FrameworkInTheDomain"),
        rule(
            "application depends only on the domain",
            LayerRules::applicationDependsOnlyOnTheDomain,
            "application.service.SqlInTheApplication"),
        rule(
            "adapters are independent",
            LayerRules::adaptersAreIndependent,
            "adapters.rest.ControllerThatCheats"),
        rule(
            "adapters use ports, not services",
            LayerRules::adaptersUsePortsNotServices,
            "adapters.rest.ControllerThatCheats"),
        rule(
            "ports do not depend on services",
            LayerRules::portsDoNotDependOnServices,
            "application.port.out.PortThatKnowsAService"),
        rule(
            "use cases do not reach into each other",
            LayerRules::useCasesDoNotReachIntoEachOther,
            "application.service.ServiceThatReachesIntoAnother"),
        rule(
            "nothing depends on bootstrap",
            LayerRules::nothingDependsOnBootstrap,
            "adapters.rest.ControllerThatCheats"));
  }

  /** A rule, and the fixture class (under the fixtures' root) that breaks it. */
  private static Arguments rule(String name, Function<String, ArchRule> rule, String breaker) {
    return Arguments.of(name, rule, FIXTURES + "." + breaker);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void theCodeKeepsTheRule(String name, Function<String, ArchRule> rule, String breaker) {
    rule.apply(ROOT).check(production);
  }

  @ParameterizedTest(name = "{0} fails on a class that breaks it")
  @MethodSource("rules")
  void theRuleCanFail(String name, Function<String, ArchRule> rule, String breaker) {
    ArchRule broken = rule.apply(FIXTURES);
    // ArchUnit also throws when a rule matches no class at all: only a violation of this very rule,
    // by the fixture class made to break it, proves that the rule can fail.
    assertThatThrownBy(() -> broken.check(fixtures))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Rule '" + broken.getDescription() + "' was violated")
        .hasMessageContaining(breaker)
        .hasMessageNotContaining("failed to check any classes");
  }

  @Test
  void everyModuleIsImported() {
    // A rule over an empty set passes vacuously, so make sure each layer is really there.
    for (String layer :
        new String[] {
          ".domain.",
          ".application.",
          ".adapters.rest.",
          ".adapters.persistence.",
          ".adapters.federal.",
          ".adapters.kiosk.",
          ".bootstrap."
        }) {
      assertThat(production.stream().anyMatch(c -> c.getName().startsWith(ROOT + layer)))
          .as("classes under %s%s", ROOT, layer)
          .isTrue();
    }
    assertThat(production.stream().noneMatch(c -> c.getName().startsWith(FIXTURES))).isTrue();
  }
}
