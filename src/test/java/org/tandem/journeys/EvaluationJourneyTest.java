package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.group;
import static org.tandem.journeys.Journey.link;
import static org.tandem.journeys.Journey.signOut;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tandem.TestData;
import org.tandem.access.Role;
import org.tandem.partnersupport.HerSupport;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;

/**
 * Follow-up evaluations: once she has been reached, her 3-month evaluation waits on the
 * partner-support dashboard; the worker records it with her, forgets one answer, sees the problem
 * beside it with everything else kept, corrects it, and the task is done. Then intake records the
 * evaluation the referrer returned, from the case page.
 */
class EvaluationJourneyTest extends BrowserTest {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Test
  void herThreeMonthEvaluationAndTheReferrersEvaluation() {
    String herName = "Bryony" + TestData.marker("e").substring(3, 9).toLowerCase(Locale.ROOT);
    LocalDate today = clock.today();
    LocalDate reached = today.minusDays(2);
    String reference = caseWhereSheWasReached(herName, reached);

    // Her 3-month evaluation is on the dashboard, due three months after she was reached.
    signIn(Role.PARTNER_SUPPORT_WORKER);
    follow(link(page, "Partner support tasks"));
    Locator task = taskRow(herName, "Her 3-month follow-up evaluation");
    assertThat(task).as("her 3-month evaluation task on the dashboard").isNotNull();
    assertAccessible();
    follow(task.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(herName)));
    expect(page.locator("h1")).containsText(herName);
    Locator schedule = page.locator("#evaluation-schedule");
    expect(schedule.locator("tbody tr").first()).containsText("3-month follow-up");
    expect(schedule.locator("tbody tr").first()).containsText(reached.plusMonths(3).format(LONG));
    expect(schedule.locator("tbody tr").first()).containsText("Not yet recorded");
    expect(schedule.locator("tbody tr")).hasCount(3);
    assertAccessible();

    // First try: quality of life is forgotten.
    follow(link(page, "Record a follow-up evaluation with her"));
    expect(page.locator("h1")).hasText("Record a follow-up evaluation with her");
    expect(field(group(page, "Which follow-up is this?"), "3-month follow-up")).isChecked();
    assertAccessible();
    fillDate(group(page, "Date completed with her"), today.minusDays(1));
    choose(
        "Since the work began, has his physical or sexual violence towards her changed?",
        "Reduced");
    choose(
        "Has his other abusive behaviour (threats, control, put-downs, using the children) changed?",
        "No change");
    choose("How safe does she feel now, compared with before?", "Safer");
    choose("How safe does she feel her children are now, compared with before?", "Much safer");
    choose("Respectful communication", "Better");
    choose("Expanded space for action", "Much better");
    choose("Safety and freedom from violence", "Better");
    choose("Safe, positive, shared parenting", "Not asked");
    choose("Awareness of self and impact", "No change");
    choose("Safer, healthier childhoods", "Better");
    field(page, "Notes (optional)")
        .fill("Invented: she feels able to say no to him about handovers");
    follow(button(page, "Save the evaluation"));

    expect(page).hasTitle("Error: Record a follow-up evaluation with her – Tandem");
    expect(errorSummary(page)).containsText("Select how her quality of life has changed");
    expect(page.locator(".govuk-form-group--error")).hasCount(1);
    expect(page.locator(".govuk-form-group--error .govuk-error-message"))
        .containsText("Select how her quality of life has changed");
    expect(page.locator(".govuk-form-group--error legend"))
        .hasText("How has her quality of life changed?");
    expect(
            field(
                group(
                    page,
                    "Since the work began, has his physical or sexual violence towards her changed?"),
                "Reduced"))
        .isChecked();
    expect(field(group(page, "Safe, positive, shared parenting"), "Not asked")).isChecked();
    expect(field(group(page, "Date completed with her"), "Day"))
        .hasValue(String.valueOf(today.minusDays(1).getDayOfMonth()));
    expect(field(page, "Notes (optional)"))
        .hasValue("Invented: she feels able to say no to him about handovers");
    assertAccessible();

    // The link in the error summary lands on the question.
    follow(errorSummary(page).getByRole(AriaRole.LINK));
    expect(page.locator("#qualityOfLife")).isFocused();

    choose("How has her quality of life changed?", "Better");
    follow(button(page, "Save the evaluation"));
    expect(page.locator(".govuk-notification-banner"))
        .containsText("Her 3-month evaluation recorded");
    expect(schedule.locator("tbody tr").first())
        .containsText("Recorded, completed " + today.minusDays(1).format(LONG));
    expect(page.locator("#evaluations ~ .govuk-summary-card").first()).containsText("Reduced");
    expect(page.locator("#evaluations ~ .govuk-summary-card").first())
        .containsText("Invented: she feels able to say no to him about handovers");
    expect(link(page, "Record a follow-up evaluation with her")).hasCount(1);
    assertAccessible();

    // The 3-month task is done: gone from the dashboard, while the 6-month one waits.
    follow(link(page, "Partner support tasks"));
    assertThat(taskRow(herName, "Her 6-month follow-up evaluation")).isNotNull();
    page.navigate("/partner-support/tasks");
    assertThat(taskRow(herName, "Her 3-month follow-up evaluation")).isNull();
    signOut(page);

    // Intake records the referrer's evaluation, from the case page.
    signIn(Role.INTAKE);
    page.navigate("/cases/" + reference);
    follow(link(page, "Referrer’s evaluation"));
    expect(page.locator("h1")).hasText("The referrer’s evaluation");
    expect(page.locator("main"))
        .containsText("No evaluation from the referrer has been recorded yet.");
    expect(page.locator("main")).not().containsText(herName);
    assertAccessible();
    fillDate(group(page, "Date received"), today);
    choose("How useful did the referrer find the assessment?", "Very useful");
    choose("How useful did the referrer find the risk identification report?", "Useful");
    choose("After the work, how safe does the referrer think she is?", "Safer");
    field(page, "The referrer’s comments (optional)")
        .fill("Invented: the report shaped the child in need plan");
    follow(button(page, "Save the referrer’s evaluation"));
    expect(errorSummary(page))
        .containsText("Select how safe the referrer thinks the children are after the work");
    expect(page.locator(".govuk-form-group--error")).hasCount(1);
    expect(field(group(page, "How useful did the referrer find the assessment?"), "Very useful"))
        .isChecked();
    assertAccessible();
    choose("After the work, how safe does the referrer think the children are?", "Much safer");
    follow(button(page, "Save the referrer’s evaluation"));
    expect(page.locator(".govuk-notification-banner"))
        .containsText("Referrer’s evaluation recorded");
    Locator card = page.locator(".govuk-summary-card").first();
    expect(card)
        .containsText(
            "Received "
                + today.format(LONG)
                + ", recorded by "
                + area.user(Role.INTAKE).displayName());
    expect(card).containsText("Very useful");
    expect(card).containsText("Much safer");
    expect(card).containsText("Invented: the report shaped the child in need plan");
    assertAccessible();
  }

  private void choose(String question, String answer) {
    field(group(page, question), answer).check();
  }

  /** Her row for this task on the dashboard, looking through every page; null if there is none. */
  private Locator taskRow(String herName, String task) {
    for (int pages = 0; pages < 200; pages++) {
      Locator row =
          page.locator("tbody tr")
              .filter(new Locator.FilterOptions().setHasText(herName))
              .filter(new Locator.FilterOptions().setHasText(task));
      if (row.count() > 0) {
        return row.first();
      }
      List<Locator> next =
          page.getByRole(
                  AriaRole.LINK,
                  new com.microsoft.playwright.Page.GetByRoleOptions().setName("Next page"))
              .all();
      if (next.isEmpty()) {
        return null;
      }
      follow(next.get(0));
    }
    throw new AssertionError("More than 200 pages");
  }

  private String caseWhereSheWasReached(String herName, LocalDate reached) {
    Family family = newFamily(AReferral.in(area).withPartner(herName, "Testington"));
    HerSupport.of(family, 0).attempt("OUTREACH_CHILDRENS_CENTRE", "MET_HER", reached, "11:00");
    return family.reference();
  }

  private static void fillDate(Locator group, LocalDate date) {
    field(group, "Day").fill(String.valueOf(date.getDayOfMonth()));
    field(group, "Month").fill(String.valueOf(date.getMonthValue()));
    field(group, "Year").fill(String.valueOf(date.getYear()));
  }
}
