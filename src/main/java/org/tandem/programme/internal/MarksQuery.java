package org.tandem.programme.internal;

/**
 * His marks for the absence rule, in date order: at the group's sessions, and at the one-to-one
 * sessions the appointments feature publishes (the appointment_attendance view) held while he had
 * the place, so that a one-to-one he did not attend counts as a session missed without a reason and
 * one he attended breaks the run. Read through the view, the programme need not know the
 * appointments feature, which itself builds on referrals.
 */
final class MarksQuery {

  static final String SQL =
      """
      SELECT enrolment_id, mark, disclosure FROM (
        SELECT a.enrolment_id, a.mark, a.disclosure, gs.held_on,
          (gs.held_on + time '23:59') AT TIME ZONE 'Europe/London' AS at, gs.id
        FROM attendance a JOIN group_session gs ON gs.id = a.group_session_id
        WHERE a.enrolment_id = ANY(:ids)
        UNION ALL
        SELECT e.id, o.mark, NULL, o.held_on, o.starts_at, 0
        FROM enrolment e JOIN appointment_attendance o ON o.referral_id = e.referral_id
        WHERE e.id = ANY(:ids)
          AND o.held_on >= (e.created_at AT TIME ZONE 'Europe/London')::date
          AND (e.status IN ('WAITING', 'ATTENDING', 'SUSPENDED')
            OR o.starts_at <= e.status_changed_at)
      ) m ORDER BY held_on, at, id
      """;

  private MarksQuery() {}
}
