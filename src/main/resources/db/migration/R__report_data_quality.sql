-- What a manager checks before signing off a quarterly report: one row per case, saying what is
-- missing from it that the report's figures depend on. Outcomes lists the cases by reference, for the
-- manager only, so that they can be put right before the report is sent; the report itself never
-- names a case.
--
-- Her record is behind the wall: per case, only how many women are recorded, how many of them have
-- no contact recorded yet, how many were reached with no attempt to reach them recorded, and how
-- many have no answer recorded about their ethnicity (not asked: "prefer not to say" is an answer).
-- Her answer itself is sealed and never read here; only whether there is one.
--
-- Built on tables only, never on another feature's view, so that each R__ file may drop and make
-- its own views again. Repeatable: dropped first so that a column can change.

DROP VIEW IF EXISTS report_data_quality;

CREATE VIEW report_data_quality AS
SELECT r.id AS referral_id,
       r.reference,
       r.area_id,
       r.referred_on,
       -- Closed with no closure reason code: the report cannot say how his case ended.
       (r.status = 'CLOSED' AND closing.closure_reason IS NULL) AS outcome_not_recorded,
       coalesce(her.partners, 0) AS partners_recorded,
       coalesce(her.not_yet_contacted, 0) AS partners_not_yet_contacted,
       -- His case has moved past a step that a clock of his times, but the step is not recorded:
       -- beyond triage with no contact attempt or session, assessed with no assessment session, on
       -- the programme with no session attended. The clock then runs on and reads as breached.
       (r.status NOT IN ('AWAITING_TRIAGE', 'AWAITING_ASSESSMENT', 'REFERRED_ON', 'DID_NOT_ATTEND',
                         'CLOSED')
            AND attempt.first_on IS NULL AND assessed.first_on IS NULL)
       OR (r.status IN ('ASSESSED_SUITABLE', 'WAITING_FOR_GROUP', 'IN_PROGRAMME', 'SUSPENDED',
                        'COMPLETED')
            AND assessed.first_on IS NULL)
       OR (r.status IN ('IN_PROGRAMME', 'SUSPENDED', 'COMPLETED') AND programme.first_on IS NULL)
           AS his_clock_not_recorded,
       -- Her contact stands reached (contacted, engaged, declined) with no attempt recorded.
       coalesce(her.reached_without_attempt, 0) AS her_clock_not_recorded,
       coalesce(her.no_ethnicity, 0) AS partners_without_ethnicity
FROM referral r
CROSS JOIN LATERAL (SELECT (SELECT closure_reason FROM case_status_change m
                            WHERE m.referral_id = r.id AND m.status = 'CLOSED'
                            ORDER BY m.id DESC LIMIT 1) AS closure_reason) closing
CROSS JOIN LATERAL (
    SELECT min(a.attempted_at) AS first_on FROM his_contact_attempt a WHERE a.referral_id = r.id
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
LEFT JOIN LATERAL (
    SELECT count(*) AS partners,
           count(*) FILTER (WHERE p.contact_status = 'NOT_YET_CONTACTED') AS not_yet_contacted,
           count(*) FILTER (WHERE p.contact_status IN ('CONTACTED', 'ENGAGED', 'DECLINED')
                              AND NOT EXISTS (SELECT 1 FROM contact_attempt c
                                              WHERE c.partner_id = p.id)) AS reached_without_attempt,
           count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM partner_equality e
                                              WHERE e.partner_id = p.id
                                                AND e.ethnicity IS NOT NULL)) AS no_ethnicity
    FROM partner p WHERE p.referral_id = r.id
) her ON TRUE;

COMMENT ON VIEW report_data_quality IS 'Published for the manager''s checks before a quarterly report is signed off: one row per case, what the report''s figures need that is not recorded; nothing about any one woman.';
COMMENT ON COLUMN report_data_quality.referral_id IS '[open] the case';
COMMENT ON COLUMN report_data_quality.reference IS '[open] the case reference, shown to the manager only, as a link to the case';
COMMENT ON COLUMN report_data_quality.area_id IS '[open] the case''s area';
COMMENT ON COLUMN report_data_quality.referred_on IS '[open] the referral date: the quarter a case belongs to';
COMMENT ON COLUMN report_data_quality.outcome_not_recorded IS '[open] the case is closed with no closure reason recorded';
COMMENT ON COLUMN report_data_quality.partners_recorded IS '[open] how many partners are recorded on the case; none means her status is unknown';
COMMENT ON COLUMN report_data_quality.partners_not_yet_contacted IS '[open] of them, how many have no contact recorded yet';
COMMENT ON COLUMN report_data_quality.his_clock_not_recorded IS '[open] his case moved past a step his clocks time, with the step not recorded';
COMMENT ON COLUMN report_data_quality.her_clock_not_recorded IS '[open] how many women on the case are recorded as reached with no attempt to reach them recorded';
COMMENT ON COLUMN report_data_quality.partners_without_ethnicity IS '[open] how many women on the case have no answer about their ethnicity recorded (not asked); never what an answer is';
