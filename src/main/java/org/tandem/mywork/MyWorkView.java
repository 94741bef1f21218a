package org.tandem.mywork;

import java.util.List;

/**
 * Everything on one user's "my work", one section per role they hold; a section is null when the
 * user does not hold its role, so a user with several roles sees each of theirs.
 */
record MyWorkView(
    String displayName,
    Caseload caseload,
    HerWork herWork,
    ChildrensWork childrensWork,
    Intake intake,
    Management management) {

  /** The perpetrator worker's section. */
  record Caseload(
      Shown<CaseloadQuery.MyCase> cases,
      List<CaseloadQuery.TonightsGroup> tonightsGroups,
      Shown<CaseloadQuery.Alert> alerts) {}

  /** The partner-support worker's section: behind the wall. */
  record HerWork(
      Shown<HerWorkQuery.Woman> women,
      Shown<HerWorkQuery.TaskDue> tasksDue,
      Shown<HerWorkQuery.PlanDue> plansDue,
      Shown<HerWorkQuery.EvaluationDue> evaluationsDue) {}

  /** The children's worker's section. */
  record ChildrensWork(Shown<ChildrenQuery.Child> children) {}

  /** Intake's section. */
  record Intake(
      Shown<IntakeQuery.Awaiting> awaitingTriage,
      List<LaterWork.PossibleDuplicate> possibleDuplicates) {}

  /** The service manager's section. */
  record Management(
      List<ManagementQuery.Caseload> caseloads,
      Shown<ManagementQuery.Unallocated> unallocated,
      List<LaterWork.ClockBreach> clocksBreaching,
      Shown<ManagementQuery.MaracDue> maracReferralsDue) {}

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
