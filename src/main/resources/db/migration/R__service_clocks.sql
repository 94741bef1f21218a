-- What the clocks feature publishes for reports and for its own lists (the manager's breaches, my
-- work): one row per case and clock, with the day the clock breaches if it is still running then,
-- and how many of the people it times ended in time, late, stopped or are still running. The rule
-- (ClockReading, on WorkingDays) is the one the case page shows: a clock breaches when the working
-- days taken, counted from the referral date, are more than its target; that is, when it ends, or
-- is still running, on or after breached_from, the working day after the due day.
--
-- His clocks: referral -> first attempt to contact him (or his first assessment session, which is
-- contact too, if earlier) -> his first assessment session -> the first group session he attended.
-- A clock of his stops without a verdict when his case leaves that path before the step (referred
-- on, did not attend, assessed not ready or not suitable, exited early, closed), unless it had
-- breached already.
--
-- Her clocks: referral -> first attempt to contact her -> reached (an attempt that reached her, or
-- her contact first moving to contacted, engaged or declined). Her record is behind the wall, so
-- nothing of any one woman is published: per case, only how many women a clock times and how many
-- of them were late or are still waiting, as report_partner_support counts.
--
-- Repeatable: dropped first so that a column can change; no other view may be built on them.

DROP VIEW IF EXISTS report_clock;
DROP VIEW IF EXISTS clock_his_step;

-- The days of his steps, one row per case: the one definition both report_clock and a case's page
-- read (ClockStore), so the two cannot come to differ.
CREATE VIEW clock_his_step AS
SELECT r.id AS referral_id, r.area_id, r.referred_on,
       least(attempt.first_on, assessed.first_on) AS first_attempt_on,
       assessed.first_on AS assessed_on,
       programme.first_on AS programme_started_on,
       CASE WHEN r.status IN ('REFERRED_ON', 'DID_NOT_ATTEND', 'ASSESSED_NOT_READY',
                              'ASSESSED_NOT_SUITABLE', 'EXITED_EARLY', 'CLOSED')
            THEN coalesce(moved.last_on, r.referred_on) END AS stopped_on
FROM referral r
CROSS JOIN LATERAL (
    SELECT min((a.attempted_at AT TIME ZONE 'Europe/London')::date) AS first_on
    FROM his_contact_attempt a WHERE a.referral_id = r.id
) attempt
CROSS JOIN LATERAL (
    SELECT min(s.held_on) AS first_on
    FROM assessment a JOIN assessment_session s ON s.assessment_id = a.id
    WHERE a.referral_id = r.id
) assessed
CROSS JOIN LATERAL (
    -- Attended: ATTENDED or LATE, as AttendanceMark.counts() says.
    SELECT min(gs.held_on) AS first_on
    FROM enrolment e
    JOIN attendance at ON at.enrolment_id = e.id AND at.mark IN ('ATTENDED', 'LATE')
    JOIN group_session gs ON gs.id = at.group_session_id
    WHERE e.referral_id = r.id
) programme
CROSS JOIN LATERAL (
    SELECT max(m.changed_on) AS last_on FROM case_status_change m WHERE m.referral_id = r.id
) moved;

COMMENT ON VIEW clock_his_step IS 'Published by clocks for its own reading: the days of his steps on each case, from which report_clock and the case page judge his clocks.';
COMMENT ON COLUMN clock_his_step.referral_id IS '[open] the case';
COMMENT ON COLUMN clock_his_step.area_id IS '[open] the case''s area';
COMMENT ON COLUMN clock_his_step.referred_on IS '[open] the referral date: every clock starts there';
COMMENT ON COLUMN clock_his_step.first_attempt_on IS '[open] the first attempt to contact him, or his first assessment session if earlier';
COMMENT ON COLUMN clock_his_step.assessed_on IS '[open] his first assessment session';
COMMENT ON COLUMN clock_his_step.programme_started_on IS '[open] the first group session he attended (attended or late)';
COMMENT ON COLUMN clock_his_step.stopped_on IS '[open] when his case left the path (referred on, did not attend, not ready, not suitable, exited early, closed), else empty';


CREATE VIEW report_clock AS
WITH target AS (
    SELECT * FROM clock_target WHERE id = 1
),
his_steps AS (
    SELECT h.referral_id, h.area_id, h.referred_on, s.clock, s.days, s.ended_on, h.stopped_on
    FROM clock_his_step h
    CROSS JOIN target t
    CROSS JOIN LATERAL (VALUES
        ('HIS_FIRST_ATTEMPT', t.his_first_attempt_days, h.first_attempt_on),
        ('HIS_ASSESSMENT', t.his_assessment_days, h.assessed_on),
        ('HIS_PROGRAMME_START', t.his_programme_start_days, h.programme_started_on)
    ) AS s(clock, days, ended_on)
),
her AS (
    SELECT p.referral_id, r.area_id, r.referred_on,
           attempt.first_on AS first_attempt_on,
           least(attempt.first_reached_on, status.first_on) AS reached_on
    FROM partner p
    JOIN referral r ON r.id = p.referral_id
    CROSS JOIN LATERAL (
        SELECT min((c.attempted_at AT TIME ZONE 'Europe/London')::date) AS first_on,
               -- Reached: ContactOutcome.reached(), as report_partner_support counts it.
               min((c.attempted_at AT TIME ZONE 'Europe/London')::date)
                   FILTER (WHERE c.outcome IN ('SPOKE_WITH_HER', 'MET_HER', 'DECLINED_SUPPORT'))
                   AS first_reached_on
        FROM contact_attempt c WHERE c.partner_id = p.id
    ) attempt
    CROSS JOIN LATERAL (
        SELECT min(sc.changed_on) AS first_on FROM partner_contact_status_change sc
        WHERE sc.partner_id = p.id AND sc.status IN ('CONTACTED', 'ENGAGED', 'DECLINED')
    ) status
),
her_steps AS (
    SELECT h.referral_id, h.area_id, h.referred_on, s.clock, s.days, s.ended_on,
           NULL::date AS stopped_on
    FROM her h
    CROSS JOIN target t
    CROSS JOIN LATERAL (VALUES
        ('HER_FIRST_ATTEMPT', t.her_first_attempt_days, h.first_attempt_on),
        ('HER_REACHED', t.her_reached_days, h.reached_on)
    ) AS s(clock, days, ended_on)
),
judged AS (
    SELECT x.*, add_working_days(x.referred_on, x.days) AS due_on,
           add_working_days(x.referred_on, x.days + 1) AS breached_from
    FROM (SELECT * FROM his_steps UNION ALL SELECT * FROM her_steps) x
)
SELECT j.referral_id, j.area_id, j.referred_on, j.clock, j.days AS target_days, j.due_on,
       j.breached_from,
       count(*) AS people,
       count(*) FILTER (WHERE j.ended_on < j.breached_from) AS ended_in_time,
       count(*) FILTER (WHERE j.ended_on >= j.breached_from
                           OR (j.ended_on IS NULL AND j.stopped_on >= j.breached_from)) AS late,
       count(*) FILTER (WHERE j.ended_on IS NULL AND j.stopped_on < j.breached_from) AS stopped,
       count(*) FILTER (WHERE j.ended_on IS NULL AND j.stopped_on IS NULL) AS running
FROM judged j
GROUP BY j.referral_id, j.area_id, j.referred_on, j.clock, j.days, j.due_on, j.breached_from;

COMMENT ON VIEW report_clock IS 'Published by clocks: one row per case and clock, how many people it times and how many ended in time, late, stopped or are running; nothing about any one woman.';
COMMENT ON COLUMN report_clock.referral_id IS '[open] the case';
COMMENT ON COLUMN report_clock.area_id IS '[open] the case''s area, to choose a cohort by';
COMMENT ON COLUMN report_clock.referred_on IS '[open] the case''s referral date: every clock starts there';
COMMENT ON COLUMN report_clock.clock IS '[open] which clock: HIS_FIRST_ATTEMPT, HIS_ASSESSMENT, HIS_PROGRAMME_START, HER_FIRST_ATTEMPT, HER_REACHED';
COMMENT ON COLUMN report_clock.target_days IS '[open] the target in working days, as the service sets it now';
COMMENT ON COLUMN report_clock.due_on IS '[open] the last working day within the target, from the referral date';
COMMENT ON COLUMN report_clock.breached_from IS '[open] the working day after the due day: a clock still running on it has breached';
COMMENT ON COLUMN report_clock.people IS '[open] how many people the clock times on the case: 1 for his, the women recorded for hers';
COMMENT ON COLUMN report_clock.ended_in_time IS '[open] of them, how many reached the step within the target';
COMMENT ON COLUMN report_clock.late IS '[open] of them, how many reached it late, or whose clock stopped after it had breached';
COMMENT ON COLUMN report_clock.stopped IS '[open] of them, how many clocks stopped without a verdict (his case left the path first)';
COMMENT ON COLUMN report_clock.running IS '[open] of them, how many are still running: breached once today is on or after breached_from';
