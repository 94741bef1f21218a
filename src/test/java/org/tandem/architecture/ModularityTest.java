package org.tandem.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.tandem.TandemApplication;

/**
 * Each feature package is a module: others may use its top-level types only, never its {@code
 * internal} package, and modules may not depend on each other in a cycle. The foundations sit at
 * the bottom: {@code calendar} needs nothing of Tandem's, and {@code web} only the calendar, so
 * every arrow runs down to them.
 */
class ModularityTest {

  private static final JavaClasses TANDEM =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.tandem");

  @Test
  void featuresUseOnlyEachOthersPublicTypes() {
    ApplicationModules.of(TandemApplication.class).verify();
  }

  @Test
  void theFoundationsUseNoFeature() {
    noClasses()
        .that()
        .resideInAnyPackage("org.tandem.web..", "org.tandem.calendar..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.tandem..")
                .and(not(resideInAnyPackage("org.tandem.web..", "org.tandem.calendar.."))))
        .check(TANDEM);
  }
}
