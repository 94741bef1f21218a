package org.tandem.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.tandem.access.Areas;
import org.tandem.assessment.Assessments;
import org.tandem.assessment.NewAssessmentSession;
import org.tandem.assessment.Viability;
import org.tandem.assessment.ViabilityDecision;
import org.tandem.programme.AttendanceMark;
import org.tandem.programme.EnrolmentStatus;
import org.tandem.programme.Enrolments;
import org.tandem.programme.GroupSessions;
import org.tandem.programme.Groups;
import org.tandem.programme.NewGroup;
import org.tandem.programme.NewGroupSession;
import org.tandem.programme.SessionMark;

/**
 * The stages of the journey the rest of the demo does not reach, so that a newcomer sees every one:
 * in Northmoor a man in assessment, one found suitable and waiting for a place, one found not
 * realistic to treat; in Eastwick a group that met tonight for the first time, after which one man
 * is suspended, one has left early and one has completed (his remaining work done one to one).
 */
@Component
class JourneyDemoData {

  private final Assessments assessments;
  private final Groups groups;
  private final Enrolments enrolments;
  private final GroupSessions sessions;
  private final Areas areas;
  private final UserDetailsService users;
  private final WorkingDayDemoData workingDay;
  private final DataProtectionDemoData dataProtection;
  private final ReferrerDemoData referrer;
  private final LastQuarterDemoData lastQuarter;

  JourneyDemoData(
      Assessments assessments,
      Groups groups,
      Enrolments enrolments,
      GroupSessions sessions,
      Areas areas,
      UserDetailsService users,
      WorkingDayDemoData workingDay,
      DataProtectionDemoData dataProtection,
      ReferrerDemoData referrer,
      LastQuarterDemoData lastQuarter) {
    this.lastQuarter = lastQuarter;
    this.dataProtection = dataProtection;
    this.referrer = referrer;
    this.assessments = assessments;
    this.groups = groups;
    this.enrolments = enrolments;
    this.sessions = sessions;
    this.areas = areas;
    this.users = users;
    this.workingDay = workingDay;
  }

  /** Acts as each area's perpetrator worker; the caller clears the sign-in. */
  void load(List<String> northmoor, List<String> eastwick, LocalDate today) {
    // Here rather than in DemoData, which is at the size limit: after every account is made.
    referrer.load(today);
    actingAs("perpetrator.worker");
    assessments.addSession(
        northmoor.get(12), new NewAssessmentSession(today.minusDays(2), 120, false));
    decide(
        northmoor.get(16), Viability.GROUP_PROGRAMME, "Invented: suitable for the group.", today);
    decide(
        northmoor.get(17),
        Viability.NOT_REALISTIC,
        "Invented: the risk is to be managed with probation, not treated here.",
        today);

    actingAs("eastwick.worker");
    long group =
        groups.create(
            new NewGroup(
                areas.byCode("EWV").orElseThrow().id(),
                "Eastwick Tuesday group",
                false,
                10,
                6,
                today,
                LocalTime.of(18, 0),
                "Invented Parish Rooms, 9 Pretend Place",
                "Elliot Puddingstone and an invented co-facilitator",
                3));
    List<String> men = List.of(eastwick.get(4), eastwick.get(6), eastwick.get(8));
    List<SessionMark> marks = new ArrayList<>();
    for (String man : men) {
      decide(man, Viability.GROUP_PROGRAMME, "Invented: suitable for the group.", today);
      long place = enrolments.enrol(man, group, false);
      marks.add(new SessionMark(place, AttendanceMark.ATTENDED, null, false, null, 3, 3, 2, null));
    }
    sessions.record(
        group,
        new NewGroupSession(
            today,
            sessions.sheet(group, today).nextSession().id(),
            "Invented facilitators",
            marks));
    moveOn(men.get(0), EnrolmentStatus.SUSPENDED, "Invented: in hospital for a few weeks");
    moveOn(men.get(1), EnrolmentStatus.EXITED, "Invented: moved out of the area");
    moveOn(
        men.get(2),
        EnrolmentStatus.COMPLETED,
        "Invented: completed his remaining sessions in individual work");
    workingDay.load(northmoor, today);
    dataProtection.load(northmoor, today);
    // Last of the referrals, so that the demo's other cases keep their references.
    lastQuarter.load(today);
  }

  private void decide(String reference, Viability viability, String notes, LocalDate today) {
    assessments.addSession(reference, new NewAssessmentSession(today.minusDays(4), 120, false));
    int version = assessments.find(reference).orElseThrow().version();
    assessments.decide(reference, new ViabilityDecision(viability, null, notes, version));
  }

  private void moveOn(String reference, EnrolmentStatus to, String reason) {
    var place = enrolments.forCase(reference).get(0);
    enrolments.changeStatus(reference, place.enrolmentId(), to, reason, place.version());
  }

  private void actingAs(String username) {
    UserDetails user = users.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }
}
