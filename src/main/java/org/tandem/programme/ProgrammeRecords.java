package org.tandem.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseRef;
import org.tandem.programme.internal.AttendanceStore;
import org.tandem.programme.internal.AttendanceStore.SessionRecord;
import org.tandem.programme.internal.ProgrammeStore;
import org.tandem.programme.internal.ProgrammeStore.EnrolmentRow;
import org.tandem.programme.internal.ProgrammeStore.GroupRow;
import org.tandem.referral.Referrals;

/**
 * A man's programme record for other features, the update reports to the referrer among them: his
 * place, progress, attendance, how often he disclosed and his ratings, all open data.
 */
@Service
public class ProgrammeRecords {

  private final Referrals referrals;
  private final ProgrammeStore store;
  private final AttendanceStore attendance;
  private final AuditLog audit;
  private final ProgrammeWords words;

  ProgrammeRecords(
      Referrals referrals,
      ProgrammeStore store,
      AttendanceStore attendance,
      AuditLog audit,
      ProgrammeWords words) {
    this.words = words;
    this.referrals = referrals;
    this.store = store;
    this.attendance = attendance;
    this.audit = audit;
  }

  /** Whether he has, or has had, a place on the programme. */
  @Transactional(readOnly = true)
  public boolean hasPlace(String reference) {
    CaseRef ref = referrals.open(reference);
    return !store.enrolmentsOf(ref.referralId()).isEmpty();
  }

  /**
   * His record on his current place: the one he holds, or else the most recent he held; empty if he
   * has never had one.
   */
  @Transactional
  public Optional<AttendanceSummary> latest(String reference) {
    return latest(referrals.open(reference));
  }

  /** His latest place's attendance, for a case the request has already opened. */
  public Optional<AttendanceSummary> latest(CaseRef ref) {
    List<EnrolmentRow> places = store.enrolmentsOf(ref.referralId());
    Optional<EnrolmentRow> place =
        places.stream()
            .filter(e -> e.status().live())
            .findFirst()
            .or(() -> places.stream().findFirst());
    place.ifPresent(p -> audit.record(Action.READ, "programme record", ref));
    return place.map(this::summary);
  }

  /** His record on one of his places; not found if the place is not his case's. */
  @Transactional
  public AttendanceSummary forEnrolment(String reference, long enrolmentId) {
    CaseRef ref = referrals.open(reference);
    EnrolmentRow place =
        store
            .enrolment(enrolmentId)
            .filter(e -> e.referralId() == ref.referralId())
            .orElseThrow(() -> words.notFound("programme.notFound.place"));
    audit.record(Action.READ, "programme record", ref);
    return summary(place);
  }

  private AttendanceSummary summary(EnrolmentRow place) {
    GroupRow group = store.group(place.groupId()).orElseThrow();
    ProgrammeProgress progress =
        ProgrammeProgress.of(
            store.curriculum(group.curriculumId()),
            store.attendedSessions(List.of(place.id())).get(place.id()));
    List<SessionRecord> sessions = attendance.sessions(place.id());
    List<LocalDate> disclosed =
        sessions.stream().filter(SessionRecord::disclosed).map(SessionRecord::heldOn).toList();
    return new AttendanceSummary(
        place.id(),
        group.name(),
        group.individual(),
        place.intakeOn(),
        place.status(),
        place.statusReason(),
        place.statusChangedAt(),
        progress.hoursCompleted(),
        progress.hoursInCurriculum(),
        progress.stageOneComplete(),
        progress.sixtyHoursComplete(),
        sessions.size(),
        count(sessions, AttendanceMark.ATTENDED),
        count(sessions, AttendanceMark.LATE),
        count(sessions, AttendanceMark.ABSENT_WITH_REASON),
        count(sessions, AttendanceMark.ABSENT_WITHOUT_REASON),
        sessions.isEmpty() ? null : sessions.get(0).heldOn(),
        sessions.isEmpty() ? null : sessions.get(sessions.size() - 1).heldOn(),
        disclosed.size(),
        disclosed.stream()
            .sorted(Comparator.reverseOrder())
            .limit(AttendanceSummary.LATEST_DISCLOSURES)
            .toList(),
        ratings(sessions, SessionRecord::blame),
        ratings(sessions, SessionRecord::minimisation),
        ratings(sessions, SessionRecord::denial));
  }

  private static int count(List<SessionRecord> sessions, AttendanceMark mark) {
    return (int) sessions.stream().filter(s -> s.mark() == mark).count();
  }

  /** The average to one decimal place and the latest rating, over the sessions that rated it. */
  static AttendanceSummary.Ratings ratings(
      List<SessionRecord> inDateOrder, Function<SessionRecord, Integer> factor) {
    List<Integer> rated = inDateOrder.stream().map(factor).filter(Objects::nonNull).toList();
    if (rated.isEmpty()) {
      return new AttendanceSummary.Ratings(null, null, 0);
    }
    BigDecimal average =
        BigDecimal.valueOf(rated.stream().mapToInt(Integer::intValue).sum())
            .divide(BigDecimal.valueOf(rated.size()), 1, RoundingMode.HALF_UP);
    return new AttendanceSummary.Ratings(average, rated.get(rated.size() - 1), rated.size());
  }
}
