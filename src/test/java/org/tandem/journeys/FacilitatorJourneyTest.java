package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.group;
import static org.tandem.journeys.Journey.hasFocus;
import static org.tandem.journeys.Journey.rowsWith;
import static org.tandem.journeys.Journey.signOut;
import static org.tandem.journeys.Journey.tabTo;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.programme.AGroup;
import org.tandem.programme.ProgrammeGroup;

/**
 * The facilitator's week: tonight's group of 12 recorded on one page, a disclosure reaching the
 * partner-support worker, and unexplained absences reaching the limit and prompting a review.
 */
class FacilitatorJourneyTest extends BrowserTest {

  private static final String DISCLOSURE =
      "Invented: he admitted grabbing her arm during an argument on Saturday";

  @Test
  void aFacilitatorRecordsTonightsGroupOfTwelveAndTheRulesAct() {
    LocalDate today = clock.today();
    String groupName = "Journey group " + System.nanoTime();
    List<String> men = newCases(12);
    String discloser = men.get(3);
    String absentee = men.get(11);
    String excused = men.get(7);
    String withInterpreter = men.get(5);
    long group = groupWith(groupName, men, today.minusWeeks(3), withInterpreter);
    allocatePartnerSupport(discloser);

    // Tonight's groups, each man with what to watch for.
    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/facilitator");
    page.waitForLoadState();
    expect(page.locator("h1")).hasText("Facilitator's week");
    Locator tonight = section(groupName);
    expect(tonight.locator("caption")).hasText("12 men expected");
    for (String man : men) {
      expect(rowsWith(page, man)).containsText("Waiting to start");
      expect(rowsWith(page, man)).containsText("Starting tonight");
      expect(rowsWith(page, man)).containsText("Standard");
    }
    expect(rowsWith(page, withInterpreter)).containsText("Interpreter needed");
    expect(rowsWith(page, men.get(0))).not().containsText("Interpreter needed");
    assertAccessible();

    // The whole group on one page, everyone marked as attended to begin with.
    follow(
        tonight.getByRole(
            AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record tonight's session")));
    expect(page.locator("h1")).hasText("Record a session");
    expect(page.locator("h2#marks")).hasText("12 men expected");
    for (String man : men) {
      expect(radio(man, "Attended")).isChecked();
    }
    assertAccessible();

    field(page, "Facilitators (optional)").fill("Invented facilitators A and B");
    radio(excused, "Absent with reason").check();
    field(page, "Absence reason for " + excused).fill("Invented: working a late shift");
    radio(absentee, "Absent without reason").check();
    radio(men.get(2), "Late").check();
    field(page, "Disclosed violence or abuse in the last week for " + discloser).check();
    field(page, "Blame for " + discloser).selectOption("4");
    field(page, "Minimisation for " + discloser).selectOption("5");
    field(page, "Denial for " + discloser).selectOption("3");
    field(page, "Notes for " + discloser).fill("Invented: quiet at first, then talked");
    field(page, "Blame for " + men.get(0)).selectOption("1");
    follow(button(page, "Save the session"));

    // One mistake: the disclosure without what he disclosed. Shown beside his field, all kept.
    expect(page).hasTitle("Error: Record a session – " + groupName + " – Tandem");
    expect(errorSummary(page).getByRole(AriaRole.LINK)).hasText("Say what he disclosed");
    Locator detail = field(page, "What he disclosed for " + discloser);
    expect(formGroupOf(detail)).containsText("Say what he disclosed");
    expect(page.locator(".govuk-form-group--error")).hasCount(1);
    expect(field(page, "Facilitators (optional)")).hasValue("Invented facilitators A and B");
    expect(radio(excused, "Absent with reason")).isChecked();
    expect(field(page, "Absence reason for " + excused)).hasValue("Invented: working a late shift");
    expect(radio(absentee, "Absent without reason")).isChecked();
    expect(radio(men.get(2), "Late")).isChecked();
    expect(radio(men.get(0), "Attended")).isChecked();
    expect(field(page, "Disclosed violence or abuse in the last week for " + discloser))
        .isChecked();
    expect(field(page, "Blame for " + discloser)).hasValue("4");
    expect(field(page, "Minimisation for " + discloser)).hasValue("5");
    expect(field(page, "Denial for " + discloser)).hasValue("3");
    expect(field(page, "Notes for " + discloser)).hasValue("Invented: quiet at first, then talked");
    expect(field(page, "Blame for " + men.get(0))).hasValue("1");
    assertAccessible();

    errorSummary(page).getByText("Say what he disclosed").click();
    expect(detail).isFocused();
    detail.fill(DISCLOSURE);
    follow(button(page, "Save the session"));

    expect(page).hasURL(baseUrl() + "/facilitator");
    Locator banner = page.locator(".govuk-notification-banner");
    expect(banner).containsText("Session recorded for " + groupName);
    expect(banner).containsText("Disclosure of violence or abuse: " + discloser + ".");
    expect(banner).not().containsText("Absences review opened");
    expect(section(groupName)).containsText("Session recorded");
    expect(rowsWith(page, discloser)).containsText("Disclosed at the last session");
    expect(rowsWith(page, absentee)).containsText("1 unexplained absence");
    expect(rowsWith(page, men.get(0))).containsText("Attending");
    expect(rowsWith(page, excused)).containsText("Waiting to start");
    assertAccessible();
    assertThat(
            jdbc.sql(
                    """
                    SELECT count(*) FROM attendance a JOIN group_session s ON s.id = a.group_session_id
                    WHERE s.group_id = :g AND s.held_on = :on
                    """)
                .param("g", group)
                .param("on", today)
                .query(Integer.class)
                .single())
        .isEqualTo(12);
    signOut(page);

    // The partner-support worker sees the alert.
    signIn(Role.PARTNER_SUPPORT_WORKER);
    page.navigate("/alerts");
    page.waitForLoadState();
    expect(rowsWith(page, discloser).filter(hasText("New disclosure on " + discloser))).hasCount(1);
    assertAccessible();
    signOut(page);

    // Two earlier sessions, recorded through the date box: his third absence without reason in a
    // row opens a review.
    signIn(Role.PERPETRATOR_WORKER);
    for (int weeksAgo = 2; weeksAgo >= 1; weeksAgo--) {
      page.navigate("/facilitator");
      page.waitForLoadState();
      page.navigate("/groups/" + group + "/sessions/new");
      page.waitForLoadState();
      expect(page.locator(".govuk-warning-text"))
          .containsText("A session on this date is already recorded");
      assertAccessible();
      LocalDate earlier = today.minusWeeks(weeksAgo);
      Locator date = group(page, "Date of the session");
      field(date, "Day").fill(String.valueOf(earlier.getDayOfMonth()));
      field(date, "Month").fill(String.valueOf(earlier.getMonthValue()));
      field(date, "Year").fill(String.valueOf(earlier.getYear()));
      radio(absentee, "Absent without reason").check();
      follow(button(page, "Save the session"));
      expect(page).hasURL(baseUrl() + "/facilitator");
      Locator saved = page.locator(".govuk-notification-banner");
      expect(saved).containsText("Session recorded for " + groupName);
      if (weeksAgo == 2) {
        expect(saved).not().containsText("Absences review opened");
      } else {
        expect(saved).containsText("Absences review opened: " + absentee + ".");
      }
      expect(rowsWith(page, absentee))
          .containsText((4 - weeksAgo) + " unexplained absences in a row");
      assertAccessible();
    }

    // The same date twice is refused beside the date.
    page.navigate("/groups/" + group + "/sessions/new?date=" + today.minusWeeks(1));
    page.waitForLoadState();
    follow(button(page, "Save the session"));
    expect(errorSummary(page).getByRole(AriaRole.LINK))
        .hasText("A session on this date is already recorded for this group");
    expect(group(page, "Date of the session"))
        .containsText("A session on this date is already recorded for this group");
    assertAccessible();

    // The review is due.
    follow(
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Facilitator's week")));
    follow(
        page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Programme reviews due").setExact(true)));
    expect(page.locator("h1")).hasText("Programme reviews due");
    Locator review = rowsWith(page, absentee).filter(hasText("Absences"));
    expect(review).hasCount(1);
    expect(review).containsText("3 absences without reason in a row");
    expect(review).containsText(groupName);
    assertAccessible();

    follow(
        review.getByRole(
            AriaRole.LINK,
            new Locator.GetByRoleOptions().setName("Record review for " + absentee)));
    expect(page.locator("h1")).hasText("Record a programme review");
    assertAccessible();
    follow(button(page, "Save review"));
    expect(errorSummary(page).getByRole(AriaRole.LINK)).hasText("Enter what the review decided");
    expect(field(group(page, "Date of the review"), "Day"))
        .hasValue(String.valueOf(today.getDayOfMonth()));
    assertAccessible();
    field(page, "What the review decided").fill("Invented: he agreed a plan to attend");
    follow(button(page, "Save review"));
    expect(page.locator(".govuk-notification-banner")).containsText("Review recorded");
    expect(rowsWith(page, absentee).filter(hasText("Absences"))).hasCount(0);
    assertAccessible();
  }

  @Test
  void laterInTheWeekEachGroupSaysHowManyAreExpectedAndLeadsToThem() {
    LocalDate tomorrow = clock.today().plusDays(1);
    String groupName = "Later group " + System.nanoTime();
    List<String> men = newCases(2);
    long group = groupWith(groupName, men, tomorrow, null);

    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/facilitator");
    page.waitForLoadState();
    Locator later = section(groupName);
    expect(later).containsText("2 men expected.");
    // Tonight's groups list every man with what to watch for; later ones lead to the group.
    expect(later.locator("table")).hasCount(0);
    expect(page.locator("body")).not().containsText(men.get(0));
    assertThat(
            jdbc.sql(
                    """
                    SELECT count(*) FROM audit_event
                    WHERE what = 'group members' AND case_reference = ANY(:men)
                    """)
                .param("men", men.toArray(String[]::new))
                .query(Long.class)
                .single())
        .as("the audit records no man as shown who was not shown")
        .isZero();
    assertAccessible();
    follow(
        later.getByRole(
            AriaRole.LINK,
            new Locator.GetByRoleOptions().setName("See who is expected for " + groupName)));
    expect(page).hasURL(java.util.regex.Pattern.compile(".*/groups/" + group + "$"));
    expect(page.locator("body")).containsText(men.get(0));
  }

  @Test
  void aSessionIsRecordedWithTheKeyboardAlone() {
    LocalDate today = clock.today();
    String groupName = "Keyboard group " + System.nanoTime();
    List<String> men = newCases(2);
    long group = groupWith(groupName, men, today, null);

    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/groups/" + group + "/sessions/new");
    page.waitForLoadState();
    expect(page.locator("h1")).hasText("Record a session");

    // The first man: late, disclosed, rated.
    Locator attended = radio(men.get(0), "Attended");
    tabTo(page, attended);
    page.keyboard().press("ArrowRight");
    expect(radio(men.get(0), "Late")).isChecked();
    // The absence reason is revealed only for an absence with a reason: the next stop is the
    // disclosure.
    expect(field(page, "Absence reason for " + men.get(0))).isHidden();
    page.keyboard().press("Tab");
    Locator disclosed =
        field(page, "Disclosed violence or abuse in the last week for " + men.get(0));
    assertThat(hasFocus(disclosed)).isTrue();
    page.keyboard().press("Space");
    expect(disclosed).isChecked();
    page.keyboard().press("Tab");
    assertThat(hasFocus(field(page, "What he disclosed for " + men.get(0)))).isTrue();
    page.keyboard().type(DISCLOSURE);
    page.keyboard().press("Tab");
    assertThat(hasFocus(field(page, "Blame for " + men.get(0)))).isTrue();
    page.keyboard().press("ArrowDown");
    page.keyboard().press("ArrowDown");
    expect(field(page, "Blame for " + men.get(0))).hasValue("2");
    page.keyboard().press("Tab");
    page.keyboard().type("3");
    expect(field(page, "Minimisation for " + men.get(0))).hasValue("3");
    page.keyboard().press("Tab");
    page.keyboard().type("1");
    expect(field(page, "Denial for " + men.get(0))).hasValue("1");
    page.keyboard().press("Tab");
    assertThat(hasFocus(field(page, "Notes for " + men.get(0)))).isTrue();
    page.keyboard().type("Invented: recorded by keyboard");

    // The second man: absent without reason, three steps along the radios.
    page.keyboard().press("Tab");
    assertThat(hasFocus(radio(men.get(1), "Attended"))).isTrue();
    for (int i = 0; i < 3; i++) {
      page.keyboard().press("ArrowRight");
    }
    expect(radio(men.get(1), "Absent without reason")).isChecked();

    tabTo(page, button(page, "Save the session"));
    page.keyboard().press("Enter");
    page.waitForURL(url -> url.endsWith("/facilitator"));
    page.waitForLoadState();
    expect(page.locator(".govuk-notification-banner"))
        .containsText("Disclosure of violence or abuse: " + men.get(0) + ".");
    assertAccessible();

    record Row(
        String mark, boolean disclosed, Integer blame, Integer minimisation, Integer denial) {}
    List<Row> rows =
        jdbc.sql(
                """
                SELECT a.mark, a.disclosure = 'DISCLOSED', a.blame, a.minimisation, a.denial
                FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id
                JOIN referral r ON r.id = e.referral_id
                WHERE e.group_id = :g ORDER BY r.reference = :first DESC
                """)
            .param("g", group)
            .param("first", men.get(0))
            .query(
                (rs, i) ->
                    new Row(
                        rs.getString(1),
                        rs.getBoolean(2),
                        (Integer) rs.getObject(3),
                        (Integer) rs.getObject(4),
                        (Integer) rs.getObject(5)))
            .list();
    assertThat(rows)
        .containsExactly(
            new Row("LATE", true, 2, 3, 1),
            new Row("ABSENT_WITHOUT_REASON", false, null, null, null));
  }

  // --- helpers ---

  private Locator radio(String man, String mark) {
    return field(group(page, "Attendance for " + man), mark);
  }

  private Locator section(String groupName) {
    return page.locator("section")
        .filter(
            new Locator.FilterOptions()
                .setHas(
                    page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(groupName).setExact(true))));
  }

  /** The form group closest around the field: a revealed question sits inside its parent's. */
  private Locator formGroupOf(Locator field) {
    return page.locator(".govuk-form-group")
        .filter(new Locator.FilterOptions().setHas(field))
        .last();
  }

  private static Locator.FilterOptions hasText(String text) {
    return new Locator.FilterOptions().setHasText(text);
  }

  private List<String> newCases(int n) {
    List<String> references = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      references.add(newCase(area));
    }
    return references;
  }

  /**
   * A group first meeting on {@code firstSession} (so on today's weekday when that is whole weeks
   * ago) with these men, each given his place that day so that he joins at that first intake, as a
   * worker joining them from the start would.
   */
  private long groupWith(
      String name, List<String> men, LocalDate firstSession, String withInterpreter) {
    ProgrammeGroup group = AGroup.in(area).named(name).firstMeetingOn(firstSession).create(api());
    for (String man : men) {
      if (man.equals(withInterpreter)) {
        group.placeWithAnInterpreter(man, firstSession);
      } else {
        group.place(man, firstSession);
      }
    }
    return group.id();
  }

  private void allocatePartnerSupport(String reference) {
    jdbc.sql(
            """
            UPDATE referral SET allocated_partner_support_worker_id =
              :worker
            WHERE reference = :r
            """)
        .param("worker", area.user(Role.PARTNER_SUPPORT_WORKER).id())
        .param("r", reference)
        .update();
  }
}
