package org.tandem.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.web.InvalidRequestException;

/** The programme's rules at work on a real database: places, sessions, disclosures, absences. */
class ProgrammeFlowTest extends TandemTest {

  /** This test's own area; and another, whose cases its workers must not reach. */
  private TestArea area;

  private TestArea otherArea;

  @Autowired Groups groups;
  @Autowired Enrolments enrolments;
  @Autowired GroupSessions sessions;
  @Autowired ProgrammeReviews reviews;
  @Autowired UserDetailsService users;

  @BeforeEach
  void areasOfItsOwn() {
    area = newArea();
    otherArea = newArea();
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private void actingAs(String username) {
    UserDetails user = users.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }

  private long northmoor() {
    return area.id();
  }

  /** A man assessed as suitable for the group, as a place needs. */
  private String newCase() {
    String reference = newCase(area);
    foundSuitable(area.token(Role.PERPETRATOR_WORKER), reference);
    return reference;
  }

  private long newGroup(LocalDate firstSession, int capacity) {
    actingAs(area.user(Role.SERVICE_MANAGER).username());
    return groups.create(
        new NewGroup(
            northmoor(),
            "Flow test group " + System.nanoTime(),
            false,
            capacity,
            6,
            firstSession,
            LocalTime.of(18, 30),
            "Invented Community Hall",
            "Invented facilitators",
            3));
  }

  private SessionMark mark(long enrolment, AttendanceMark mark, String disclosure) {
    return new SessionMark(enrolment, mark, null, disclosure != null, disclosure, 2, 2, 1, null);
  }

  @Test
  void aManStartsAtHisIntakeAndADisclosureAlertsPartnerSupport() {
    LocalDate today = clock.today();
    long group = newGroup(today, 12);
    String reference = newCase();
    long partnerSupport = area.user(Role.PARTNER_SUPPORT_WORKER).id();
    jdbc.sql("UPDATE referral SET allocated_partner_support_worker_id = :ps WHERE reference = :r")
        .param("ps", partnerSupport)
        .param("r", reference)
        .update();

    actingAs(area.user(Role.PERPETRATOR_WORKER).username());
    long place = enrolments.enrol(reference, group, false);
    assertThat(groups.group(group).waiting()).isEqualTo(1);
    SessionSheet sheet = sessions.sheet(group, today);
    assertThat(sheet.expected()).extracting(Member::reference).contains(reference);
    assertThat(sheet.nextSession().position()).isEqualTo(1);

    sessions.record(
        group,
        new NewGroupSession(
            today,
            sheet.nextSession().id(),
            "Invented facilitators",
            List.of(
                mark(place, AttendanceMark.ATTENDED, "Invented: pushed her during an argument"))));

    assertThat(enrolments.forCase(reference).get(0).status()).isEqualTo(EnrolmentStatus.ATTENDING);
    assertThat(enrolments.forCase(reference).get(0).progress().hoursCompleted())
        .isEqualByComparingTo("1.875");
    assertThat(
            jdbc.sql(
                    """
                    SELECT count(*) FROM risk_event e JOIN referral r ON r.id = e.referral_id
                    WHERE r.reference = :r AND e.kind = 'DISCLOSURE'
                    """)
                .param("r", reference)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    """
                    SELECT count(*) FROM risk_alert a JOIN referral r ON r.id = a.referral_id
                    WHERE r.reference = :r AND a.for_user_id = :ps AND a.message LIKE 'New disclosure%'
                    """)
                .param("r", reference)
                .param("ps", partnerSupport)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void threeUnexplainedAbsencesInARowOpenAReview() {
    LocalDate today = clock.today();
    // He joined the group at its first intake, three weeks ago.
    ProgrammeGroup group = AGroup.in(area).firstMeetingOn(today.minusWeeks(3)).create(api());
    String reference = newCase();
    long place = group.place(reference, group.firstSessionOn()).id();
    List<Long> curriculum = group.curriculumSessionIds();
    actingAs(area.user(Role.PERPETRATOR_WORKER).username());
    for (int week = 3; week >= 1; week--) {
      sessions.record(
          group.id(),
          new NewGroupSession(
              today.minusWeeks(week),
              curriculum.get(3 - week),
              null,
              List.of(mark(place, AttendanceMark.ABSENT_WITHOUT_REASON, null))));
      boolean reached = week == 1;
      assertThat(
              reviews.due().stream()
                  .anyMatch(r -> r.reference().equals(reference) && r.kind().equals("ABSENCES")))
          .as("an absences review after %d absences", 4 - week)
          .isEqualTo(reached);
    }
  }

  @Test
  void aFullGroupTakesNoMoreAndASecondPlaceIsRefused() {
    long group = newGroup(clock.today().plusDays(3), 1);
    String first = newCase();
    String second = newCase();
    actingAs(area.user(Role.PERPETRATOR_WORKER).username());
    enrolments.enrol(first, group, false);
    assertThatThrownBy(() -> enrolments.enrol(second, group, false))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("groupId");
    long other = newGroup(clock.today().plusDays(3), 12);
    actingAs(area.user(Role.PERPETRATOR_WORKER).username());
    assertThatThrownBy(() -> enrolments.enrol(first, other, false))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void statusChangesFollowTheRulesAndAreAnnounced() {
    long group = newGroup(clock.today().plusDays(3), 12);
    String reference = newCase();
    actingAs(area.user(Role.PERPETRATOR_WORKER).username());
    long place = enrolments.enrol(reference, group, false);
    assertThatThrownBy(
            () -> enrolments.changeStatus(reference, place, EnrolmentStatus.COMPLETED, "Done", 0))
        .isInstanceOf(InvalidRequestException.class);
    enrolments.changeStatus(reference, place, EnrolmentStatus.EXITED, "Moved out of the area", 0);
    List<String> timeline =
        new ArrayList<>(
            jdbc.sql(
                    """
                SELECT e.summary FROM risk_event e JOIN referral r ON r.id = e.referral_id
                WHERE r.reference = :r AND e.kind = 'PROGRAMME_STATUS' ORDER BY e.id
                """)
                .param("r", reference)
                .query(String.class)
                .list());
    assertThat(timeline).hasSize(2);
    assertThat(timeline.get(1)).contains("waiting to exited").contains("Moved out of the area");
  }
}
