package org.tandem.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;

/**
 * Search before create on the referral page: a man already known in intake's areas is shown, with
 * his case's status, before anything is saved; intake links the new referral to his case or
 * confirms he is someone else, and everything typed is kept on the way. Another area's men are
 * never shown, nor can a referral be linked to them.
 */
class RepeatReferralPagesTest extends TandemTest {

  private static final LocalDate BORN = LocalDate.of(1979, 11, 4);
  private static final String REASON = "Invented: a second referral after a new incident";

  @Test
  void aManAlreadyKnownIsShownWithHisStatusAndNothingIsSavedYet() {
    TestArea area = newArea();
    String known = knownMan(area);
    PageSession intake = signedIn(area.user(Role.INTAKE));

    HttpResponse<String> page = intake.post("/referrals/new", referral(area, intake));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("He may already be known", known, "Leopold Vantongeren", "4 November 1979")
        .contains(area.code(), "Awaiting triage", "name, date of birth", "Likely")
        .contains(
            "This is the same man: link the new referral to " + known + " as a repeat referral")
        .contains("None of these: he is someone else")
        // Everything typed travels with the page, hers too, for intake who typed it.
        .contains("value=\"" + REASON + "\"", "value=\"Invented Partner\"", "value=\"1979\"");
    assertThat(casesIn(area)).isOne();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE case_reference = ? AND action = 'LIST'"
                        + " AND what = 'possible duplicates'")
                .param(known)
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void linkingSavesARepeatReferralShownOnBothCasePages() {
    TestArea area = newArea();
    String known = knownMan(area);
    PageSession intake = signedIn(area.user(Role.INTAKE));
    Map<String, String> form = referral(area, intake);
    form.put("matchesShown", "true");
    form.put("repeatOf", known);

    HttpResponse<String> saved = intake.post("/referrals/new", form);

    assertThat(saved.statusCode()).isEqualTo(302);
    String reference = saved.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    assertThat(
            jdbc.sql(
                    "SELECT r.duplicate_check || ' ' || e.reference FROM referral r"
                        + " JOIN referral e ON e.id = r.repeat_of_referral_id WHERE r.reference = ?")
                .param(reference)
                .query(String.class)
                .single())
        .isEqualTo("REPEAT " + known);
    assertThat(intake.get("/cases/" + reference).body())
        .contains("Repeat referral: earlier case", "href=\"/cases/" + known + "\"");
    assertThat(intake.get("/cases/" + known).body())
        .contains("Referred again", "href=\"/cases/" + reference + "\"");
    assertThat(
            jdbc.sql("SELECT count(*) FROM audit_event WHERE case_reference = ? AND what = ?")
                .params(reference, "repeat referral of " + known)
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void someoneElseIsRecordedAndSaysSoOnTheCase() {
    TestArea area = newArea();
    knownMan(area);
    PageSession intake = signedIn(area.user(Role.INTAKE));
    Map<String, String> form = referral(area, intake);
    form.put("matchesShown", "true");
    form.put("repeatOf", "NONE");

    HttpResponse<String> saved = intake.post("/referrals/new", form);

    assertThat(saved.statusCode()).isEqualTo(302);
    String reference = saved.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    assertThat(
            jdbc.sql(
                    "SELECT duplicate_check FROM referral WHERE reference = ?"
                        + " AND repeat_of_referral_id IS NULL AND duplicate_checked_by = ?")
                .params(reference, area.user(Role.INTAKE).username())
                .query(String.class)
                .single())
        .isEqualTo("SOMEONE_ELSE");
    assertThat(intake.get("/cases/" + reference).body())
        .contains("Checked for the same man: the possible matches were someone else");
  }

  @Test
  void noAnswerIsShownBesideTheQuestionAndGoingBackKeepsEverythingTyped() {
    TestArea area = newArea();
    String known = knownMan(area);
    PageSession intake = signedIn(area.user(Role.INTAKE));
    Map<String, String> form = referral(area, intake);
    form.put("matchesShown", "true");

    HttpResponse<String> unanswered = intake.post("/referrals/new", form);

    assertThat(unanswered.statusCode()).isEqualTo(200);
    assertThat(unanswered.body())
        .contains("govuk-error-summary", "id=\"repeatOf-error\"")
        .contains("Select whether he is one of these men", known)
        .contains("value=\"" + REASON + "\"", "value=\"Invented Partner\"");
    assertThat(casesIn(area)).isOne();

    form.put("action", "change");
    HttpResponse<String> back = intake.post("/referrals/new", form);

    assertThat(back.statusCode()).isEqualTo(200);
    assertThat(back.body())
        .contains("<h1 class=\"govuk-heading-l\">New referral</h1>")
        .contains(REASON, "value=\"Van Tongeren\"", "value=\"Invented Partner\"", "value=\"1979\"")
        .doesNotContain("govuk-error-summary")
        .doesNotContain("name=\"matchesShown\"");
    assertThat(casesIn(area)).isOne();
  }

  @Test
  void anotherAreasManIsNeverShownNorLinked() {
    TestArea mine = newArea();
    TestArea theirs = newArea();
    String theirMan = knownMan(theirs);
    PageSession intake = signedIn(mine.user(Role.INTAKE));
    Map<String, String> tampered = referral(mine, intake);
    tampered.put("matchesShown", "true");
    tampered.put("repeatOf", theirMan);

    HttpResponse<String> refused = intake.post("/referrals/new", tampered);

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Give the reference of an earlier case you can open");
    assertThat(casesIn(mine)).isZero();

    HttpResponse<String> saved = intake.post("/referrals/new", referral(mine, intake));

    assertThat(saved.statusCode()).as("no match in her areas: saved at once").isEqualTo(302);
    String reference = saved.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    assertThat(
            jdbc.sql("SELECT duplicate_check FROM referral WHERE reference = ?")
                .param(reference)
                .query(String.class)
                .single())
        .isEqualTo("NONE_FOUND");
    assertThat(intake.get("/cases/" + reference).body())
        .contains("Checked for the same man: no earlier case matched")
        .doesNotContain(theirMan);
  }

  @Test
  void aReferralLoggedWithNoAnswerIsLinkedFromItsCasePageOnce() {
    TestArea area = newArea();
    String earlier = knownMan(area);
    String unchecked = knownMan(area);
    PageSession intake = signedIn(area.user(Role.INTAKE));
    assertThat(intake.get("/cases/" + unchecked).body())
        .contains("Look for the same man", "href=\"/cases/" + unchecked + "/same-man\"");
    assertThat(
            signedIn(area.user(Role.PERPETRATOR_WORKER))
                .get("/cases/" + unchecked + "/same-man")
                .statusCode())
        .isEqualTo(403);

    HttpResponse<String> page = intake.get("/cases/" + unchecked + "/same-man");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Is he already known?", "Awaiting triage")
        .contains("link the new referral to " + earlier + " as a repeat referral")
        .doesNotContain("link the new referral to " + unchecked + " ");
    String csrf = PageSession.csrf(page);
    HttpResponse<String> unanswered =
        intake.post("/cases/" + unchecked + "/same-man", Map.of("_csrf", csrf));
    assertThat(unanswered.statusCode()).isEqualTo(200);
    assertThat(unanswered.body()).contains("Select whether he is one of these men");

    HttpResponse<String> linked =
        intake.post(
            "/cases/" + unchecked + "/same-man", Map.of("_csrf", csrf, "repeatOf", earlier));

    assertThat(linked.statusCode()).isEqualTo(302);
    assertThat(intake.get("/cases/" + unchecked).body())
        .contains("Repeat referral: earlier case")
        .doesNotContain("Look for the same man");
    HttpResponse<String> again =
        intake.post("/cases/" + unchecked + "/same-man", Map.of("_csrf", csrf, "repeatOf", "NONE"));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("Whether he is the same man is recorded already");
    assertThat(
            jdbc.sql("SELECT duplicate_check FROM referral WHERE reference = ?")
                .param(unchecked)
                .query(String.class)
                .single())
        .isEqualTo("REPEAT");
  }

  private String knownMan(TestArea area) {
    return newCase(
        area,
        AReferral.in(area)
            .with("manGivenName", "Leopold")
            .with("manFamilyName", "Vantongeren")
            .with("manPhone", "07700 900777")
            .bornOn(BORN));
  }

  /** A referral of the same man, spelt a little differently, as the referral page sends it. */
  private Map<String, String> referral(TestArea area, PageSession session) {
    var day = clock.today().minusDays(1);
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", session.csrf("/referrals/new"));
    form.put("action", "save");
    form.put("areaId", String.valueOf(area.id()));
    form.put("referralSource", "POLICE");
    form.put("referrerName", "Robin Casefield");
    form.put("referrerPhone", "07700 900001");
    form.put("reason", REASON);
    form.put("referredOn.day", String.valueOf(day.getDayOfMonth()));
    form.put("referredOn.month", String.valueOf(day.getMonthValue()));
    form.put("referredOn.year", String.valueOf(day.getYear()));
    form.put("manGivenName", "Leopold");
    form.put("manFamilyName", "Van Tongeren");
    form.put("manDateOfBirth.day", "4");
    form.put("manDateOfBirth.month", "11");
    form.put("manDateOfBirth.year", "1979");
    form.put("partners[0].relationship", "CURRENT");
    form.put("partners[0].givenName", "Invented Partner");
    form.put("sharingBasis", "CONSENT");
    return form;
  }

  private long casesIn(TestArea area) {
    return jdbc.sql("SELECT count(*) FROM referral WHERE area_id = :area")
        .param("area", area.id())
        .query(Long.class)
        .single();
  }
}
