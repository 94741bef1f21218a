package org.tandem.children;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.referral.ProtectionStatus;
import org.tandem.web.FieldProblem;

/** A child's protection status over time, and the rules for recording a change. */
class ProtectionHistoryTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 27);
  private static final LocalDate REFERRED = LocalDate.of(2026, 1, 5);

  @Test
  void withNoChangesTheHistoryIsTheStatusAtReferral() {
    assertThat(ProtectionHistory.history(ProtectionStatus.EARLY_HELP, REFERRED, List.of()))
        .containsExactly(new StatusEntry(ProtectionStatus.EARLY_HELP, REFERRED, null, true));
  }

  @Test
  void theHistoryIsNewestFirstAndEndsWithWhatTheFirstChangeReplaced() {
    List<ProtectionHistory.Change> changes =
        List.of(
            new ProtectionHistory.Change(
                9,
                ProtectionStatus.CHILD_PROTECTION_PLAN,
                ProtectionStatus.CHILD_IN_NEED,
                LocalDate.of(2026, 3, 1),
                "manager"),
            new ProtectionHistory.Change(
                4,
                ProtectionStatus.EARLY_HELP,
                ProtectionStatus.CHILD_PROTECTION_PLAN,
                LocalDate.of(2026, 2, 1),
                "childrens.worker"));
    assertThat(ProtectionHistory.history(ProtectionStatus.CHILD_IN_NEED, REFERRED, changes))
        .containsExactly(
            new StatusEntry(
                ProtectionStatus.CHILD_IN_NEED, LocalDate.of(2026, 3, 1), "manager", false),
            new StatusEntry(
                ProtectionStatus.CHILD_PROTECTION_PLAN,
                LocalDate.of(2026, 2, 1),
                "childrens.worker",
                false),
            new StatusEntry(ProtectionStatus.EARLY_HELP, REFERRED, null, true));
  }

  @Test
  void aChangeNeedsANewStatusAndADate() {
    assertThat(
            ProtectionHistory.problems(
                ProtectionStatus.NONE, ProtectionStatus.EARLY_HELP, TODAY, REFERRED, null, TODAY))
        .isEmpty();
    assertThat(
            ProtectionHistory.problems(ProtectionStatus.NONE, null, null, REFERRED, null, TODAY)
                .stream()
                .map(FieldProblem::field))
        .containsExactly("status", "changedOn");
    assertThat(
            ProtectionHistory.problems(
                ProtectionStatus.NONE, ProtectionStatus.NONE, TODAY, REFERRED, null, TODAY))
        .containsExactly(
            new FieldProblem("status", "Select a status different from the child's current one"));
  }

  @Test
  void theDateIsTodayOrEarlierAndNotBeforeTheReferralOrTheLastChange() {
    assertThat(
            ProtectionHistory.problems(
                ProtectionStatus.NONE,
                ProtectionStatus.EARLY_HELP,
                TODAY.plusDays(1),
                REFERRED,
                null,
                TODAY))
        .containsExactly(
            new FieldProblem("changedOn", "The date the status changed must be today or earlier"));
    assertThat(
            ProtectionHistory.problems(
                ProtectionStatus.NONE,
                ProtectionStatus.EARLY_HELP,
                REFERRED.minusDays(1),
                REFERRED,
                null,
                TODAY))
        .containsExactly(
            new FieldProblem(
                "changedOn",
                "The date the status changed must be on or after the referral, on 5 January"
                    + " 2026"));
    LocalDate lastChange = LocalDate.of(2026, 3, 1);
    assertThat(
            ProtectionHistory.problems(
                ProtectionStatus.NONE,
                ProtectionStatus.EARLY_HELP,
                lastChange.minusDays(1),
                REFERRED,
                lastChange,
                TODAY))
        .containsExactly(
            new FieldProblem(
                "changedOn",
                "The date the status changed must be on or after the last change, on 1 March"
                    + " 2026"));
    assertThat(
            ProtectionHistory.problems(
                ProtectionStatus.NONE,
                ProtectionStatus.EARLY_HELP,
                lastChange,
                REFERRED,
                lastChange,
                TODAY))
        .isEmpty();
  }

  @Test
  void theRulesArePlainJava() {
    noClasses()
        .that()
        .haveSimpleName("SafetyLadder")
        .or()
        .haveSimpleName("ProtectionHistory")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.springframework..")
        .check(
            new ClassFileImporter()
                .importClasses(
                    SafetyLadder.class,
                    SafetyLadder.Progress.class,
                    ProtectionHistory.class,
                    ProtectionHistory.Change.class));
  }
}
