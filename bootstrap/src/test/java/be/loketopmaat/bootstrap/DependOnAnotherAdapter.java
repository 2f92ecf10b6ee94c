package be.loketopmaat.bootstrap;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;

/** True for a class of one adapter that uses a class of another adapter. */
final class DependOnAnotherAdapter extends ArchCondition<JavaClass> {
  private final String adaptersPrefix;

  DependOnAnotherAdapter(String root) {
    super("depend on another adapter");
    this.adaptersPrefix = root + ".adapters.";
  }

  @Override
  public void check(JavaClass item, ConditionEvents events) {
    Optional<String> own = adapterOf(item.getPackageName());
    for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
      Optional<String> target = adapterOf(dependency.getTargetClass().getPackageName());
      if (own.isPresent() && target.isPresent() && !own.equals(target)) {
        events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
      }
    }
  }

  private Optional<String> adapterOf(String packageName) {
    if (!packageName.startsWith(adaptersPrefix)) {
      return Optional.empty();
    }
    String rest = packageName.substring(adaptersPrefix.length());
    int dot = rest.indexOf('.');
    return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
  }
}
