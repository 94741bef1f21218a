package org.tandem.programme;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseRef;
import org.tandem.calendar.ServiceClock;
import org.tandem.programme.internal.ProgrammeStore;
import org.tandem.programme.internal.ProgrammeStore.EnrolmentRow;
import org.tandem.programme.internal.ProgrammeStore.GroupRow;
import org.tandem.programme.internal.ProgrammeStore.PastMark;
import org.tandem.risk.NewRiskEvent;
import org.tandem.risk.RiskEventKind;
import org.tandem.risk.RiskManagement;

/**
 * What a man's mark at a session sets going, whether recorded on the night or in a correction
 * later: his first attendance starts him; a disclosure goes on the family's timeline and alerts the
 * case's workers; a session missed without reason is announced, and reaching the group's limit
 * opens a review. A correction sets going only what it adds, so nothing is announced twice.
 */
@Component
class MarkConsequences {

  private final Enrolments enrolments;
  private final ProgrammeStore store;
  private final RiskManagement risk;
  private final AuditLog audit;
  private final ServiceClock clock;

  MarkConsequences(
      Enrolments enrolments,
      ProgrammeStore store,
      RiskManagement risk,
      AuditLog audit,
      ServiceClock clock) {
    this.enrolments = enrolments;
    this.store = store;
    this.risk = risk;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * @param before his entry before a correction, or null when the session is being recorded
   * @param history his marks in date order, this one included
   */
  void follow(
      GroupRow group,
      EnrolmentRow man,
      SessionMark before,
      SessionMark mark,
      LocalDate heldOn,
      List<PastMark> history) {
    CaseRef ref = new CaseRef(man.referralId(), man.reference(), man.areaId());
    audit.record(Action.UPDATE, "group session attendance", ref);
    if (man.status() == EnrolmentStatus.WAITING && mark.mark().counts()) {
      enrolments.changeStatus(
          man.reference(),
          man.id(),
          EnrolmentStatus.ATTENDING,
          "Started the programme",
          man.version());
    }
    boolean disclosedBefore = before != null && Boolean.TRUE.equals(before.disclosed());
    if (Boolean.TRUE.equals(mark.disclosed()) && !disclosedBefore) {
      risk.recordEvent(
          man.reference(),
          new NewRiskEvent(
              RiskEventKind.DISCLOSURE,
              heldOn,
              "Disclosed at the group session: " + mark.disclosureDetail().strip(),
              group.name(),
              true));
    }
    boolean missedBefore = before != null && before.mark() == AttendanceMark.ABSENT_WITHOUT_REASON;
    if (mark.mark() == AttendanceMark.ABSENT_WITHOUT_REASON && !missedBefore) {
      risk.recordEvent(
          man.reference(),
          new NewRiskEvent(
              RiskEventKind.MISSED_SESSION,
              heldOn,
              "Missed the group session without a reason",
              group.name(),
              true));
      List<AttendanceMark> inOrder = history.stream().map(PastMark::mark).toList();
      if (AbsenceRule.reached(inOrder, group.absenceLimit())) {
        store.openReview(
            man.id(),
            "ABSENCES",
            ProgrammeWords.absencesReview(AbsenceRule.runOfUnexplainedAbsences(inOrder)),
            clock.today().plusDays(7));
      }
    }
  }
}
