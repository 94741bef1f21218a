package org.tandem.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every page and API method says who may use it, itself or through a {@code @PreAuthorize} on its
 * class that holds for all the class's handlers. A handler without either fails the build, so a new
 * page cannot be left open by forgetting. Only the sign-in page is open to everyone, and it is
 * named here. Controllers are found by their meta-annotations too, so an {@code @ApiController} is
 * checked like any other.
 */
class ResourceSecurityTest {

  private static final JavaClasses TANDEM =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.tandem");

  @Test
  void everyHandlerMethodHasAnAuthorisationRule() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .areMetaAnnotatedWith(Controller.class)
        .and()
        .areMetaAnnotatedWith(RequestMapping.class)
        .and()
        .doNotHaveFullName("org.tandem.access.internal.SignInController.signIn()")
        .should()
        .beAnnotatedWith(PreAuthorize.class)
        .orShould()
        .beDeclaredInClassesThat()
        .areAnnotatedWith(PreAuthorize.class)
        .check(TANDEM);
  }
}
