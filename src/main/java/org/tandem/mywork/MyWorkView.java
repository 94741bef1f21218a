package org.tandem.mywork;

import java.util.List;

/**
 * Everything on one user's "my work", one section per role they hold; a section is null when the
 * user does not hold its role, so a user with several roles sees each of theirs.
 */
record MyWorkView(
    String displayName,
    PerpetratorWork caseload,
    HerWork herWork,
    ChildrenToSee childrensWork,
    IntakeWork intake,
    ManagementWork management) {

  /** The perpetrator worker's section. */
  record PerpetratorWork(
      Shown<CaseloadQuery.MyCase> cases,
      List<CaseloadQuery.TonightsGroup> tonightsGroups,
      Shown<CaseloadQuery.MyAlert> alerts) {}

  /** The partner-support worker's section: behind the wall. */
  record HerWork(
      Shown<HerWorkQuery.MyWoman> women,
      Shown<HerWorkQuery.HerTaskDue> tasksDue,
      Shown<HerWorkQuery.SafetyPlanDue> plansDue,
      Shown<HerWorkQuery.EvaluationDue> evaluationsDue) {}

  /** The children's worker's section. */
  record ChildrenToSee(Shown<ChildrenQuery.MyChild> children) {}

  /** Intake's section. */
  record IntakeWork(
      Shown<IntakeQuery.AwaitingTriage> awaitingTriage,
      List<LaterWork.DuplicateToResolve> possibleDuplicates) {}

  /** The service manager's section. */
  record ManagementWork(
      List<ManagementQuery.WorkerCaseload> caseloads,
      Shown<ManagementQuery.UnallocatedCase> unallocated,
      Shown<LaterWork.CaseOverItsClock> clocksBreaching,
      Shown<ManagementQuery.MaracReferralToMake> maracReferralsDue) {}

  /** Which page of each paged list to show. */
  record Pages(int cases, int women, int children, int triage, int unallocated) {

    static Pages first() {
      return new Pages(1, 1, 1, 1, 1);
    }

    Pages {
      cases = Math.max(1, cases);
      women = Math.max(1, women);
      children = Math.max(1, children);
      triage = Math.max(1, triage);
      unallocated = Math.max(1, unallocated);
    }
  }
}
