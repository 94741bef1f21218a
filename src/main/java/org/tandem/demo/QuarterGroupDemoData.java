package org.tandem.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.tandem.access.Areas;
import org.tandem.programme.AttendanceMark;
import org.tandem.programme.Enrolments;
import org.tandem.programme.GroupSessions;
import org.tandem.programme.Groups;
import org.tandem.programme.Member;
import org.tandem.programme.NewGroup;
import org.tandem.programme.NewGroupSession;
import org.tandem.programme.SessionMark;

/**
 * The weekly group that last quarter's men found suitable join: it starts in the quarter's sixth
 * week and takes new men every week; each man has a place from the day he is found suitable and
 * attends from the next meeting (one absence with a reason among them), so that the quarter's
 * report has men who entered the programme. Every meeting up to yesterday is recorded, so the group
 * has no gap to explain.
 */
@Component
class QuarterGroupDemoData {

  private final Areas areas;
  private final Groups groups;
  private final Enrolments enrolments;
  private final GroupSessions sessions;
  private final UserDetailsService users;

  QuarterGroupDemoData(
      Areas areas,
      Groups groups,
      Enrolments enrolments,
      GroupSessions sessions,
      UserDetailsService users) {
    this.areas = areas;
    this.groups = groups;
    this.enrolments = enrolments;
    this.sessions = sessions;
    this.users = users;
  }

  /**
   * Opens the group and records its meetings, the men joining on the day each was found suitable.
   * Leaves the perpetrator worker signed in.
   *
   * @param suitable each man found suitable for the group, by case, with the day he was
   */
  void load(QuarterSchedule schedule, Map<String, LocalDate> suitable, LocalDate today) {
    List<LocalDate> meetings = new ArrayList<>(schedule.groupMeets());
    for (LocalDate on = meetings.get(meetings.size() - 1).plusWeeks(1);
        on.isBefore(today);
        on = on.plusWeeks(1)) {
      meetings.add(on);
    }
    actingAs("manager");
    long[] group = new long[1];
    ReplayedTime.at(
        schedule.quarter().from().plusDays(30),
        LocalTime.of(12, 0),
        () ->
            group[0] =
                groups.create(
                    new NewGroup(
                        areas.byCode("NMR").orElseThrow().id(),
                        "Northmoor weekly group",
                        false,
                        12,
                        1,
                        meetings.get(0),
                        LocalTime.of(18, 0),
                        "Invented Library Hall, 5 Make-Believe Mews",
                        "Tom Quillfeather and an invented co-facilitator",
                        3)));
    actingAs("perpetrator.worker");
    suitable.forEach(
        (reference, on) ->
            ReplayedTime.at(
                on, LocalTime.of(16, 0), () -> enrolments.enrol(reference, group[0], false)));
    for (int week = 0; week < meetings.size(); week++) {
      LocalDate on = meetings.get(week);
      boolean absence = week == 2;
      ReplayedTime.at(on, LocalTime.of(20, 30), () -> record(group[0], on, absence));
    }
  }

  private void record(long group, LocalDate on, boolean oneAbsent) {
    var sheet = sessions.sheet(group, on);
    List<SessionMark> marks = new ArrayList<>();
    for (Member man : sheet.expected()) {
      AttendanceMark mark =
          oneAbsent && marks.isEmpty()
              ? AttendanceMark.ABSENT_WITH_REASON
              : AttendanceMark.ATTENDED;
      marks.add(
          new SessionMark(
              man.enrolmentId(),
              mark,
              mark == AttendanceMark.ATTENDED ? null : "Invented: his child was ill",
              false,
              null,
              3,
              3,
              2,
              null));
    }
    if (!marks.isEmpty()) {
      sessions.record(
          group, new NewGroupSession(on, sheet.nextSession().id(), "Invented facilitators", marks));
    }
  }

  private void actingAs(String username) {
    UserDetails user = users.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }
}
