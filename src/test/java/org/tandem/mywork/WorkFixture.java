package org.tandem.mywork;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.TestApi;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.Family;

/** The steps the "my work" tests take to give a worker something to do. */
final class WorkFixture {

  private final JdbcClient jdbc;
  private final TestApi api;

  WorkFixture(JdbcClient jdbc, TestApi api) {
    this.jdbc = jdbc;
    this.api = api;
  }

  /** Allocates the area's perpetrator worker, and its partner-support worker if asked, to him. */
  void allocate(Family family, boolean alsoPartnerSupport) {
    TestArea area = family.area();
    jdbc.sql(
            """
            UPDATE referral SET allocated_perpetrator_worker_id = :perpetrator,
              allocated_partner_support_worker_id = :partner
            WHERE reference = :reference
            """)
        .param("perpetrator", area.user(Role.PERPETRATOR_WORKER).id())
        .param("partner", alsoPartnerSupport ? area.user(Role.PARTNER_SUPPORT_WORKER).id() : null)
        .param("reference", family.reference())
        .update();
  }

  /** His risk review was due on this day. */
  void riskReviewDue(Family family, LocalDate on) {
    jdbc.sql("UPDATE referral SET risk_review_due_on = :on WHERE reference = :reference")
        .param("on", on)
        .param("reference", family.reference())
        .update();
  }

  /** A risk event the service manager records with an alert to the case's workers. */
  void alertedEvent(Family family, LocalDate on, String summary) {
    HttpResponse<String> made =
        api.post(
            family.area().token(Role.SERVICE_MANAGER),
            family.path() + "/risk-events",
            ("{\"kind\": \"DISCLOSURE\", \"occurredOn\": \"%s\", \"summary\": \"%s\","
                    + " \"raisesAlert\": true}")
                .formatted(on, summary));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
  }

  /** Every open partner-support task on the case fell due yesterday. */
  void tasksOverdue(Family family) {
    jdbc.sql(
            """
            UPDATE partner_support_task SET due_at = now() - interval '1 day'
            WHERE completed_at IS NULL
              AND referral_id = (SELECT id FROM referral WHERE reference = :reference)
            """)
        .param("reference", family.reference())
        .update();
  }

  /** Her safety plan, to be reviewed on this day. */
  void safetyPlan(Family family, long partnerId, LocalDate reviewOn) {
    HttpResponse<String> made =
        api.post(
            family.area().token(Role.PARTNER_SUPPORT_WORKER),
            family.path() + "/partners/" + partnerId + "/safety-plan",
            "{\"plan\": \"Invented plan\", \"reviewOn\": \"%s\", \"basedOn\": 0}"
                .formatted(reviewOn));
    assertThat(made.statusCode()).as(made.body()).isBetween(200, 204);
  }

  /** A MARAC referral to be made by this day. */
  void maracDue(Family family, LocalDate dueOn) {
    jdbc.sql(
            """
            INSERT INTO marac_referral (referral_id, trigger, reason, due_on, created_by)
            SELECT id, 'PROFESSIONAL_JUDGEMENT', 'Invented concern', :due, 'test'
            FROM referral WHERE reference = :reference
            """)
        .param("due", dueOn)
        .param("reference", family.reference())
        .update();
  }

  /** The group is facilitated by this worker, by name, as groups record facilitators. */
  void facilitates(long groupId, TestArea.User worker) {
    jdbc.sql("UPDATE programme_group SET facilitators = :names WHERE id = :id")
        .param("names", worker.displayName() + " and an invented colleague")
        .param("id", groupId)
        .update();
  }
}
