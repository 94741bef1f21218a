package org.tandem.programme;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.CaseRef;
import org.tandem.calendar.ServiceClock;
import org.tandem.programme.internal.ProgrammeStore;
import org.tandem.programme.internal.ProgrammeStore.EnrolmentRow;
import org.tandem.programme.internal.ProgrammeStore.GroupRow;
import org.tandem.risk.NewRiskEvent;
import org.tandem.risk.RiskEventKind;
import org.tandem.risk.RiskManagement;

/**
 * A one-to-one session he did not attend, while he holds a place, sets going what a group session
 * missed without reason does: it goes on the family's timeline and alerts his workers, and if it
 * makes his run of absences reach the group's limit, a review of his place is opened. His run
 * already counts missed one-to-ones (the appointments feature publishes them to the marks query).
 */
@Component
public class OneToOneAbsences {

  private final ProgrammeStore store;
  private final RiskManagement risk;
  private final ServiceClock clock;

  OneToOneAbsences(ProgrammeStore store, RiskManagement risk, ServiceClock clock) {
    this.store = store;
    this.risk = risk;
    this.clock = clock;
  }

  /** He did not come to a one-to-one session on this day; nothing follows if he holds no place. */
  @Transactional
  public void missed(CaseRef ref, LocalDate on) {
    EnrolmentRow place =
        store.enrolmentsOf(ref.referralId()).stream()
            .filter(e -> e.status().live())
            .findFirst()
            .orElse(null);
    if (place == null) {
      return;
    }
    GroupRow group = store.group(place.groupId()).orElseThrow();
    risk.recordEvent(
        ref.reference(),
        new NewRiskEvent(
            RiskEventKind.MISSED_SESSION,
            on,
            "Missed a one-to-one session without a reason",
            group.name(),
            true));
    List<AttendanceMark> inOrder =
        store.marks(List.of(place.id())).get(place.id()).stream()
            .map(ProgrammeStore.PastMark::mark)
            .toList();
    if (AbsenceRule.reached(inOrder, group.absenceLimit())) {
      store.openReview(
          place.id(),
          "ABSENCES",
          ProgrammeWords.absencesReview(AbsenceRule.runOfUnexplainedAbsences(inOrder)),
          clock.today().plusDays(7));
    }
  }
}
