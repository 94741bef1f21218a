-- What the appointments feature publishes for the programme's absence rule: his one-to-one
-- sessions whose outcome says whether he came, as attendance marks, on the day they were held.
-- A one-to-one he did not attend counts as an absence without reason; attending or being late
-- breaks a run of absences, as at a group session. Cancelled and rescheduled sessions are not
-- marks at all. Assessment appointments are left out: they come before his place on the
-- programme, and the rule is about keeping to the programme.
--
-- Repeatable: Flyway runs this again whenever it changes; dropped first so a column can change.

DROP VIEW IF EXISTS appointment_attendance;

CREATE VIEW appointment_attendance AS
SELECT a.id AS appointment_id,
       a.referral_id,
       (a.starts_at AT TIME ZONE 'Europe/London')::date AS held_on,
       a.starts_at,
       CASE a.outcome
           WHEN 'ATTENDED' THEN 'ATTENDED'
           WHEN 'LATE' THEN 'LATE'
           ELSE 'ABSENT_WITHOUT_REASON'
       END AS mark
FROM appointment a
WHERE a.kind = 'ONE_TO_ONE'
  AND a.outcome IN ('ATTENDED', 'LATE', 'DID_NOT_ATTEND');

COMMENT ON VIEW appointment_attendance IS 'His one-to-one sessions as attendance marks, for the programme''s absence rule.';
COMMENT ON COLUMN appointment_attendance.appointment_id IS '[open] the appointment';
COMMENT ON COLUMN appointment_attendance.referral_id IS '[open] his case';
COMMENT ON COLUMN appointment_attendance.held_on IS '[open] the day it was held, in London';
COMMENT ON COLUMN appointment_attendance.starts_at IS '[open] when it started';
COMMENT ON COLUMN appointment_attendance.mark IS '[open] ATTENDED, LATE or ABSENT_WITHOUT_REASON, as an attendance mark';
