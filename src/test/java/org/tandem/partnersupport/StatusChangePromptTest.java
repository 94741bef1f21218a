package org.tandem.partnersupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.calendar.WorkingDays;
import org.tandem.programme.AGroup;
import org.tandem.programme.ProgrammeGroup;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;

/**
 * Every change in his status prompts a task to contact each woman on the case, due within the
 * working days the service sets, on the partner-support worker's task list until done.
 */
class StatusChangePromptTest extends TandemTest {

  /** This test's own area; and another, whose cases its workers must not reach. */
  private TestArea area;

  private TestArea otherArea;

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @BeforeEach
  void areasOfItsOwn() {
    area = newArea();
    otherArea = newArea();
  }

  record PromptTask(
      long id, String reason, OffsetDateTime dueAt, OffsetDateTime createdAt, long partnerId) {}

  @Test
  void releaseFromCustodyPromptsContactWithinOneWorkingDay() {
    String reference = newCase(area);
    assertThat(contactTasks(reference)).isEmpty();

    recordEvent(reference, "RELEASE_FROM_CUSTODY", "Invented: released on licence");

    List<PromptTask> tasks = contactTasks(reference);
    assertThat(tasks).hasSize(1);
    PromptTask task = tasks.get(0);
    assertThat(task.reason()).isEqualTo("He was released from custody");
    ZonedDateTime expected =
        seededWorkingDays().dueWithin(task.createdAt().atZoneSameInstant(UK), 1);
    assertThat(task.dueAt().toInstant()).isEqualTo(expected.toInstant());
    assertThat(task.dueAt()).isAfter(task.createdAt());
  }

  @Test
  void custodyAndChildContactPromptButOtherEventsDoNot() {
    String reference = newCase(area);
    recordEvent(reference, "DISCLOSURE", "Invented disclosure");
    recordEvent(reference, "COURT_ORDER", "Invented court order");
    assertThat(contactTasks(reference)).isEmpty();

    recordEvent(reference, "CUSTODY", "Invented: remanded");
    recordEvent(reference, "CHILD_CONTACT_SOUGHT", "Invented: applied for contact");
    recordEvent(reference, "MISSED_SESSION", "Invented: did not attend");
    assertThat(contactTasks(reference))
        .extracting(PromptTask::reason)
        .containsExactly(
            "He was taken into custody",
            "He is seeking contact with the children",
            "He missed a group session");
  }

  @Test
  void theSeededCalendarSkipsBankHolidays() {
    WorkingDays days = seededWorkingDays();
    assertThat(days.bankHolidays()).contains(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 3, 29));
    assertThat(days.bankHolidays()).hasSize(16);
    // Released on Christmas Eve 2026 (a Thursday): Christmas Day and the Boxing Day substitute
    // are not working days, nor the weekend between.
    ZonedDateTime raised = ZonedDateTime.of(LocalDateTime.of(2026, 12, 24, 15, 0), UK);
    assertThat(days.dueWithin(raised, 1))
        .isEqualTo(ZonedDateTime.of(LocalDateTime.of(2026, 12, 29, 15, 0), UK));
    assertThat(
            jdbc.sql("SELECT working_days FROM partner_support_prompt WHERE prompt = :p")
                .param("p", "MISSED_SESSION")
                .query(Integer.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void acceptanceAndExitEachPromptContact() {
    ProgrammeGroup group = AGroup.in(area).firstMeetingOn(clock.today().plusDays(3)).create(api());
    String reference = newCase(area);
    group.place(reference, clock.today()).status("EXITED");

    List<PromptTask> tasks = contactTasks(reference);
    assertThat(tasks)
        .extracting(PromptTask::reason)
        .containsExactly(
            "He was accepted onto the programme", "He left the programme without completing it");
    PromptTask exit = tasks.get(1);
    assertThat(exit.dueAt().toInstant())
        .isEqualTo(
            seededWorkingDays().dueWithin(exit.createdAt().atZoneSameInstant(UK), 1).toInstant());
    PromptTask accepted = tasks.get(0);
    assertThat(accepted.dueAt().toInstant())
        .isEqualTo(
            seededWorkingDays()
                .dueWithin(accepted.createdAt().atZoneSameInstant(UK), 3)
                .toInstant());
  }

  @Test
  void aCaseWithTwoPartnersGetsATaskForEach() {
    Family family =
        newFamily(AReferral.in(area).andFormerPartner("Sam", "Otherly", "07700 900004"));
    recordEvent(family.reference(), "RELEASE_FROM_CUSTODY", "Invented: released");

    List<PromptTask> tasks = contactTasks(family.reference());
    assertThat(tasks).hasSize(2);
    assertThat(family.partners()).hasSize(2);
    assertThat(new HashSet<>(tasks.stream().map(PromptTask::partnerId).toList()))
        .containsExactlyInAnyOrderElementsOf(family.partners());
  }

  @Test
  void aCaseWithNoPartnerGetsNone() {
    Family family = newFamily(AReferral.in(area).withoutPartners());
    assertThat(family.partners()).isEmpty();
    recordEvent(family.reference(), "RELEASE_FROM_CUSTODY", "Invented: released");
    assertThat(contactTasks(family.reference())).isEmpty();
  }

  @Test
  void theTaskListShowsTheReasonAndWhatIsLate() {
    String reference = newCase(area);
    recordEvent(reference, "RELEASE_FROM_CUSTODY", "Invented: released");
    long overdue = contactTasks(reference).get(0).id();
    jdbc.sql("UPDATE partner_support_task SET due_at = :due WHERE id = :id")
        .param("due", OffsetDateTime.parse("2001-01-01T09:00:00Z"))
        .param("id", overdue)
        .update();
    String today = newCase(area);
    recordEvent(today, "CUSTODY", "Invented: remanded");
    ZonedDateTime lateToday = clock.today().atTime(23, 59, 58).atZone(UK);
    jdbc.sql("UPDATE partner_support_task SET due_at = :due WHERE id = :id")
        .param("due", lateToday.toOffsetDateTime())
        .param("id", contactTasks(today).get(0).id())
        .update();

    PageSession session = signedIn(area.user(Role.PARTNER_SUPPORT_WORKER));
    HttpResponse<String> first = session.get("/partner-support/tasks");
    assertThat(first.statusCode()).isEqualTo(200);
    Matcher counts =
        Pattern.compile("(\\d+) due today</span>,\\s*<span>(\\d+) overdue").matcher(first.body());
    assertThat(counts.find()).as("the dashboard counts").isTrue();
    assertThat(Integer.parseInt(counts.group(1))).isPositive();
    assertThat(Integer.parseInt(counts.group(2))).isPositive();
    assertThat(first.body()).contains("Women not yet contacted");

    String lateRow = rowOnAnyPage(session, reference);
    assertThat(lateRow).contains("He was released from custody").contains("Overdue");
    assertThat(lateRow).contains("Contact her").doesNotContain("Due today");
    String todayRow = rowOnAnyPage(session, today);
    assertThat(todayRow).contains("He was taken into custody").contains("Due today");
    assertThat(todayRow).doesNotContain("Overdue");
  }

  @Test
  void thePerpetratorWorkerCannotSeeTheTaskList() {
    PageSession session = signedIn(area.user(Role.PERPETRATOR_WORKER));
    assertThat(session.get("/partner-support/tasks").statusCode()).isEqualTo(403);
    assertThat(session.get("/partner-support/tasks?womenPage=2").statusCode()).isEqualTo(403);
  }

  // ---------------------------------------------------------------------------------------------

  private String rowOnAnyPage(PageSession session, String reference) {
    Pattern row = Pattern.compile("(?s)<tr class=\"govuk-table__row\">(.*?)</tr>");
    for (int page = 1; page <= 100; page++) {
      HttpResponse<String> response = session.get("/partner-support/tasks?page=" + page);
      assertThat(response.statusCode()).isEqualTo(200);
      Matcher m = row.matcher(response.body());
      while (m.find()) {
        if (m.group(1).contains(">" + reference + "<") && m.group(1).contains("Contact her")) {
          return m.group(1);
        }
      }
      if (!response.body().contains(">Next page<")) {
        break;
      }
    }
    throw new AssertionError("No task row for " + reference);
  }

  private WorkingDays seededWorkingDays() {
    return new WorkingDays(
        new HashSet<>(jdbc.sql("SELECT day FROM bank_holiday").query(LocalDate.class).list()));
  }

  private List<PromptTask> contactTasks(String reference) {
    return jdbc.sql(
            """
            SELECT t.id, t.reason, t.due_at, t.created_at, t.partner_id
            FROM partner_support_task t JOIN referral r ON r.id = t.referral_id
            WHERE r.reference = :r AND t.kind = 'CONTACT_HER' ORDER BY t.id
            """)
        .param("r", reference)
        .query(
            (rs, i) ->
                new PromptTask(
                    rs.getLong("id"),
                    rs.getString("reason"),
                    rs.getObject("due_at", OffsetDateTime.class),
                    rs.getObject("created_at", OffsetDateTime.class),
                    rs.getLong("partner_id")))
        .list();
  }

  private void recordEvent(String reference, String kind, String summary) {
    HttpResponse<String> response =
        apiPost(
            area.token(Role.PERPETRATOR_WORKER),
            "/api/v1/cases/" + reference + "/risk-events",
            "{\"kind\": \"%s\", \"occurredOn\": \"%s\", \"summary\": \"%s\", \"raisesAlert\": false}"
                .formatted(kind, clock.today().minusDays(1), summary));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }
}
