package org.tandem.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The case journey's rules (statuses, triage outcomes) stay plain Java that a test can pin. */
class NoSpringInDomainRulesTest {

  @Test
  void journeyRulesDoNotDependOnSpring() {
    noClasses()
        .that()
        .haveSimpleName("CaseStatus")
        .or()
        .haveSimpleName("TriageOutcome")
        .or()
        .haveSimpleName("DateInput")
        .or()
        .haveSimpleName("PartnerContactStatus")
        .or()
        .haveSimpleName("ContactRules")
        .or()
        .haveSimpleName("SharingRules")
        .or()
        .haveSimpleName("LetterText")
        .or()
        .haveSimpleName("WorkingDays")
        .or()
        .haveSimpleName("SafetyLadder")
        .or()
        .haveSimpleName("ProtectionHistory")
        .or()
        .haveSimpleName("AgeBands")
        .or()
        .haveSimpleName("HistoricalTable")
        .or()
        .haveSimpleName("RepeatVictimisation")
        .or()
        .haveSimpleName("PreAssessmentEvidence")
        .or()
        .haveSimpleName("Suppression")
        .or()
        .haveSimpleName("ReportPeriod")
        .or()
        .haveSimpleName("Pseudonyms")
        .or()
        .haveSimpleName("CommissioningPlanner")
        .or()
        .haveSimpleName("PlannerForm")
        .or()
        .haveSimpleName("EvaluationRules")
        .or()
        .haveSimpleName("Improvement")
        .or()
        .haveSimpleName("EvaluationPoint")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.springframework..")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tandem"));
  }
}
