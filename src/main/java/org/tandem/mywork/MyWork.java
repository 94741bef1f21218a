package org.tandem.mywork;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AreaWallPass;
import org.tandem.access.AuditLog;
import org.tandem.access.CaseAccess;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.web.Paging;

/**
 * Gathers the signed-in user's "my work": a section for each role they hold, each list a page or a
 * capped few with the total, each case shown written to the audit as a list entry. Each section
 * costs a fixed number of statements however many cases lie behind it.
 */
@Service
class MyWork {

  static final int PAGE_SIZE = 25;
  static final int FEW = 10;

  private final CurrentUsers currentUsers;
  private final CaseAccess access;
  private final AuditLog audit;
  private final CaseloadQuery caseload;
  private final HerWorkQuery herWork;
  private final ChildrenQuery children;
  private final IntakeQuery intake;
  private final ManagementQuery management;
  private final LaterWork later;

  MyWork(
      CurrentUsers currentUsers,
      CaseAccess access,
      AuditLog audit,
      CaseloadQuery caseload,
      HerWorkQuery herWork,
      ChildrenQuery children,
      IntakeQuery intake,
      ManagementQuery management,
      LaterWork later) {
    this.currentUsers = currentUsers;
    this.access = access;
    this.audit = audit;
    this.caseload = caseload;
    this.herWork = herWork;
    this.children = children;
    this.intake = intake;
    this.management = management;
    this.later = later;
  }

  @Transactional
  MyWorkView forMe(MyWorkView.Pages pages) {
    CurrentUser me = currentUsers.current();
    return new MyWorkView(
        me.displayName(),
        me.has(Role.PERPETRATOR_WORKER) ? caseload(me, pages.cases()) : null,
        me.has(Role.PARTNER_SUPPORT_WORKER) ? herWork(me, pages.women()) : null,
        me.has(Role.CHILDRENS_WORKER) ? childrensWork(me, pages.children()) : null,
        me.has(Role.INTAKE) ? intake(me, pages.triage()) : null,
        me.has(Role.SERVICE_MANAGER) ? management(me, pages.unallocated()) : null);
  }

  private MyWorkView.PerpetratorWork caseload(CurrentUser me, int page) {
    List<Listed<CaseloadQuery.MyCase>> rows =
        caseload.mine(me, Paging.numbered(page, PAGE_SIZE).offset(), PAGE_SIZE);
    List<CaseloadQuery.MyCase> cases = Listed.recorded(audit, "my work: my cases", rows);
    // One question for the whole page, never one per case.
    Map<String, CaseNextAppointment> next =
        later.nextAppointments(rows.stream().map(Listed::readFrom).toList());
    List<CaseloadQuery.MyCase> withNext =
        cases.stream().map(c -> c.with(next.get(c.reference()))).toList();
    return new MyWorkView.PerpetratorWork(
        Shown.of(withNext, page, PAGE_SIZE, Listed.total(rows)),
        caseload.tonight(me),
        caseload.alerts(me, FEW));
  }

  private MyWorkView.HerWork herWork(CurrentUser me, int page) {
    AreaWallPass pass = access.behindTheWallInMyAreas();
    List<Listed<HerWorkQuery.MyWoman>> women =
        herWork.women(pass, me, Paging.numbered(page, PAGE_SIZE).offset(), PAGE_SIZE);
    List<Listed<HerWorkQuery.HerTaskDue>> tasks = herWork.tasksDue(pass, me, FEW);
    List<Listed<HerWorkQuery.SafetyPlanDue>> plans = herWork.plansDue(pass, me, FEW);
    List<Listed<HerWorkQuery.EvaluationDue>> evaluations = herWork.evaluationsDue(pass, me, FEW);
    return new MyWorkView.HerWork(
        Shown.of(
            Listed.recorded(audit, "my work: my women", women),
            page,
            PAGE_SIZE,
            Listed.total(women)),
        Shown.of(
            Listed.recorded(audit, "my work: her tasks due", tasks), 1, FEW, Listed.total(tasks)),
        Shown.of(
            Listed.recorded(audit, "my work: safety plans due", plans),
            1,
            FEW,
            Listed.total(plans)),
        Shown.of(
            Listed.recorded(audit, "my work: evaluations due", evaluations),
            1,
            FEW,
            Listed.total(evaluations)));
  }

  private MyWorkView.ChildrenToSee childrensWork(CurrentUser me, int page) {
    List<Listed<ChildrenQuery.MyChild>> rows =
        children.mine(me, Paging.numbered(page, PAGE_SIZE).offset(), PAGE_SIZE);
    return new MyWorkView.ChildrenToSee(
        Shown.of(
            Listed.recorded(audit, "my work: my children", rows),
            page,
            PAGE_SIZE,
            Listed.total(rows)));
  }

  private MyWorkView.IntakeWork intake(CurrentUser me, int page) {
    List<Listed<IntakeQuery.AwaitingTriage>> rows =
        intake.awaitingTriage(me, Paging.numbered(page, PAGE_SIZE).offset(), PAGE_SIZE);
    return new MyWorkView.IntakeWork(
        Shown.of(
            Listed.recorded(audit, "my work: awaiting triage", rows),
            page,
            PAGE_SIZE,
            Listed.total(rows)),
        later.duplicatesToResolve(me, FEW));
  }

  private MyWorkView.ManagementWork management(CurrentUser me, int page) {
    List<Listed<ManagementQuery.UnallocatedCase>> unallocated =
        management.unallocated(me, Paging.numbered(page, FEW).offset(), FEW);
    List<Listed<ManagementQuery.MaracReferralToMake>> marac = management.maracDue(me, FEW);
    return new MyWorkView.ManagementWork(
        management.caseloads(me),
        Shown.of(
            Listed.recorded(audit, "my work: unallocated cases", unallocated),
            page,
            FEW,
            Listed.total(unallocated)),
        later.clocksBreaching(me, FEW),
        Shown.of(
            Listed.recorded(audit, "my work: MARAC referrals due", marac),
            1,
            FEW,
            Listed.total(marac)));
  }
}
