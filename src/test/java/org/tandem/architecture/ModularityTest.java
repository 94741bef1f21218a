package org.tandem.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.tandem.TandemApplication;

/**
 * Each feature package is a module: others may use its top-level types only, never its {@code
 * internal} package, and modules may not depend on each other in a cycle.
 */
class ModularityTest {

  @Test
  void featuresUseOnlyEachOthersPublicTypes() {
    ApplicationModules.of(TandemApplication.class).verify();
  }
}
