package org.tandem.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.TandemTest;
import org.tandem.TestApi;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.outcomes.ReportPeriod;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The retention job on a moved clock: a case past its date loses every name, contact detail,
 * address and free text, in every table, while the quarterly area report stays exactly as it was; a
 * held case is untouched; and a second run does nothing.
 */
class RetentionJobTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  @Autowired private RetentionJob job;

  private String areaReport(TestArea area, String quarter) {
    HttpResponse<String> r =
        apiGet(
            area.token(Role.COMMISSIONER),
            "/api/v1/outcomes/area-report?area=" + area.code() + "&quarter=" + quarter);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  private CaseWithEverything closedCaseWithEverything(TestArea area) {
    CaseWithEverything c = CaseWithEverything.referred(this::newFamily, area, jdbc, clock);
    c.close(clock);
    return c;
  }

  /** Well past the children's rule: the youngest child, 6 at referral, is 25 in 19 years. */
  private static final LocalDateTime TWENTY_YEARS_ON = LocalDateTime.of(2046, 12, 10, 3, 0);

  @Test
  void aCasePastItsDateKeepsNoPersonalDataAndTheQuarterlyFiguresAreUnchanged() {
    TestArea area = newArea();
    CaseWithEverything c = closedCaseWithEverything(area);
    String quarter = ReportPeriod.quarterOf(c.family.referredOn()).code();
    List<String> planted = c.plantEverywhere();
    assertThat(planted)
        .as("the marker is planted across the case's tables before the job runs")
        .contains(
            "referral.man_given_name",
            "referral.referrer_name",
            "partner.given_name",
            "partner.address",
            "child.given_name",
            "case_note.body",
            "case_note_amendment.reason",
            "partner_note.body",
            "partner_document.content",
            "contact_attempt.notes",
            "support_session.notes",
            "child_session.wellbeing_notes",
            "safety_plan_revision.plan",
            "marac_referral.source_reason",
            "risk_level_source.reason",
            "man_reminder_preference.email")
        .hasSizeGreaterThan(30);
    int notesBefore = notes(c.referralId);
    LocalDate bornOn = hisDateOfBirth(c.referralId);
    int auditBefore = auditEntries(c.referralId);

    tokensOutlive(area, TWENTY_YEARS_ON);
    clock.travelTo(TWENTY_YEARS_ON);
    String before = areaReport(area, quarter);
    assertThat(job.anonymiseDue(area.id())).isEqualTo(1);
    String after = areaReport(area, quarter);

    assertThat(c.columnsHolding(c.marker)).as("columns still holding the marker").isEmpty();
    assertThat(JSON.readTree(after))
        .as("the quarterly area report, whole")
        .isEqualTo(JSON.readTree(before));
    assertThat(notes(c.referralId)).as("notes are kept, blanked").isEqualTo(notesBefore);
    assertThat(
            jdbc.sql("SELECT rule || ' ' || due_on FROM case_anonymised WHERE referral_id = :id")
                .param("id", c.referralId)
                .query(String.class)
                .single())
        .isEqualTo("CHILDREN " + c.family.referredOn().plusYears(19));
    LocalDate generalised = hisDateOfBirth(c.referralId);
    assertThat(generalised).isNotEqualTo(bornOn);
    assertThat(ageOn(c.family.referredOn(), generalised))
        .as("his age at referral, which the figures count")
        .isEqualTo(ageOn(c.family.referredOn(), bornOn));
    assertThat(auditEntries(c.referralId))
        .as("the audit trail is kept, and says the case was anonymised")
        .isGreaterThan(auditBefore);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM case_document WHERE referral_id = :id"
                        + " UNION ALL SELECT count(*) FROM partner_document WHERE referral_id = :id")
                .param("id", c.referralId)
                .query(Long.class)
                .list())
        .as("documents are deleted")
        .containsOnly(0L);

    String anonymisedRow = referralRow(c.referralId);
    assertThat(job.anonymiseDue(area.id())).as("a second run finds nothing to do").isZero();
    assertThat(referralRow(c.referralId)).isEqualTo(anonymisedRow);
    assertThat(JSON.readTree(areaReport(area, quarter))).isEqualTo(JSON.readTree(before));
  }

  @Test
  void aHeldCaseIsUntouchedUntilItsHoldIsLifted() {
    TestArea area = newArea();
    Family held = newFamily(AReferral.in(area).withChildren(0).with("manGivenName", "Heldman"));
    Family free = newFamily(AReferral.in(area).withChildren(0));
    for (Family f : List.of(held, free)) {
      close(f);
    }
    String manager = area.token(Role.SERVICE_MANAGER);
    HttpResponse<String> placed =
        apiPost(
            manager,
            "/api/v1/cases/" + held.reference() + "/legal-hold",
            "{\"reason\": \"Invented: civil proceedings under way\"}");
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    HttpResponse<String> twice =
        apiPost(
            manager,
            "/api/v1/cases/" + held.reference() + "/legal-hold",
            "{\"reason\": \"Again\"}");
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(twice.body()).contains("already on hold");

    clock.travelTo(LocalDateTime.of(2033, 1, 10, 3, 0));
    String heldRow = referralRow(id(held));
    assertThat(job.anonymiseDue(area.id())).isEqualTo(1);
    assertThat(referralRow(id(held))).as("the held case").isEqualTo(heldRow);
    assertThat(anonymised(id(free))).isTrue();
    assertThat(anonymised(id(held))).isFalse();

    HttpResponse<String> lifted =
        apiPost(
            manager,
            "/api/v1/cases/" + held.reference() + "/legal-hold/lift",
            "{\"reason\": \"Invented: proceedings ended\"}");
    assertThat(lifted.statusCode()).as(lifted.body()).isEqualTo(204);
    assertThat(job.anonymiseDue(area.id())).isEqualTo(1);
    assertThat(anonymised(id(held))).isTrue();
    assertThat(referralRow(id(held))).doesNotContain("Heldman");
  }

  @Test
  void thePreviewListsWhatTheJobThenAnonymises() {
    TestArea area = newArea();
    Family closed = newFamily(AReferral.in(area).withChildren(0));
    close(closed);
    Family notTakenUp = newFamily(AReferral.in(area).withChildren(0));
    notTakenUp.triaged("INAPPROPRIATE_REFERRED_ON", null);
    Family open = newFamily(AReferral.in(area).withChildren(0));
    String manager = area.token(Role.SERVICE_MANAGER);
    LocalDate today = clock.today();

    // A month before the referral not taken up falls due (two years after referral).
    clock.travelTo(notTakenUp.referredOn().plusYears(2).minusDays(20).atTime(9, 0));
    JsonNode soon = TestApi.ok(apiGet(manager, "/api/v1/retention/preview"));
    assertThat(soon.get("total").asLong()).isEqualTo(1);
    assertThat(soon.get("items").get(0).get("reference").asString())
        .isEqualTo(notTakenUp.reference());
    assertThat(soon.get("items").get(0).get("rule").asString()).isEqualTo("NOT_TAKEN_UP");
    assertThat(job.anonymiseDue(area.id())).as("not due yet").isZero();

    // Six years after closure, the closed case is due too; the open one never is.
    clock.travelTo(today.plusYears(6).plusDays(10).atTime(9, 0));
    JsonNode due = TestApi.ok(apiGet(manager, "/api/v1/retention/preview"));
    List<String> listed =
        due.get("items").valueStream().map(i -> i.get("reference").asString()).toList();
    assertThat(listed).containsExactlyInAnyOrder(notTakenUp.reference(), closed.reference());
    assertThat(job.anonymiseDue(area.id())).isEqualTo(2);
    assertThat(anonymised(id(closed))).isTrue();
    assertThat(anonymised(id(notTakenUp))).isTrue();
    assertThat(anonymised(id(open))).isFalse();
    assertThat(TestApi.ok(apiGet(manager, "/api/v1/retention/preview")).get("total").asLong())
        .isZero();

    for (Role role : List.of(Role.INTAKE, Role.PERPETRATOR_WORKER, Role.CHILDRENS_WORKER)) {
      assertThat(apiGet(area.token(role), "/api/v1/retention/preview").statusCode())
          .as(role.name())
          .isEqualTo(403);
    }
  }

  /**
   * The night's run takes every area's cases. Run on a day before any case in the database could be
   * due, it takes none, whatever other tests have made: this proves the query for all areas.
   */
  @Test
  void theNightlyRunOverEveryAreaTakesNothingBeforeAnyCaseIsDue() {
    clock.travelTo(LocalDateTime.of(2000, 1, 1, 2, 30));
    assertThat(job.anonymiseDue()).isZero();
  }

  /** The area's tokens last ten years; this test reads the report twenty years on. */
  private void tokensOutlive(TestArea area, LocalDateTime moment) {
    for (Role role : List.of(Role.COMMISSIONER, Role.SERVICE_MANAGER)) {
      jdbc.sql("UPDATE api_token SET expires_at = :until WHERE user_id = :user")
          .param("until", moment.plusYears(1).atZone(java.time.ZoneOffset.UTC).toOffsetDateTime())
          .param("user", area.user(role).id())
          .update();
    }
  }

  private void close(Family f) {
    HttpResponse<String> closed =
        apiPost(
            f.area().token(Role.PERPETRATOR_WORKER),
            f.path() + "/closure",
            "{\"reason\": \"COMPLETED\", \"closedOn\": \"%s\"}".formatted(clock.today()));
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(204);
  }

  private long id(Family f) {
    return jdbc.sql("SELECT id FROM referral WHERE reference = :r")
        .param("r", f.reference())
        .query(Long.class)
        .single();
  }

  private boolean anonymised(long referralId) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM case_anonymised WHERE referral_id = :id)")
        .param("id", referralId)
        .query(Boolean.class)
        .single();
  }

  private String referralRow(long referralId) {
    return jdbc.sql("SELECT CAST(r AS text) FROM referral r WHERE r.id = :id")
        .param("id", referralId)
        .query(String.class)
        .single();
  }

  private int notes(long referralId) {
    return jdbc.sql(
            """
            SELECT (SELECT count(*) FROM case_note WHERE referral_id = :id)
              + (SELECT count(*) FROM partner_note WHERE referral_id = :id)
            """)
        .param("id", referralId)
        .query(Integer.class)
        .single();
  }

  private LocalDate hisDateOfBirth(long referralId) {
    return jdbc.sql("SELECT man_date_of_birth FROM referral WHERE id = :id")
        .param("id", referralId)
        .query(LocalDate.class)
        .single();
  }

  private int ageOn(LocalDate day, LocalDate bornOn) {
    return java.time.Period.between(bornOn, day).getYears();
  }

  private int auditEntries(long referralId) {
    return jdbc.sql("SELECT count(*) FROM audit_event WHERE referral_id = :id")
        .param("id", referralId)
        .query(Integer.class)
        .single();
  }
}
