-- What the referral feature publishes for reports (outcomes, the planner): one row per case, where
-- it came from and where it stands in its journey. Reports read this view, never the referral
-- table, so that the rules below are written once.
--
-- Every column is [open] and none is free text about him or anyone else, except the reason the
-- worker gave for the end of involvement, which managers see beside the case. No names, no contact
-- details, no date of birth (his age at referral only).
--
-- Repeatable: Flyway runs this again whenever it changes. The view is dropped first so that a
-- column can be removed or reordered; no other view may be built on it.

DROP VIEW IF EXISTS report_case_journey;
DROP VIEW IF EXISTS report_case_move;

CREATE VIEW report_case_journey AS
SELECT r.id AS referral_id,
       r.reference,
       r.area_id,
       a.code AS area_code,
       r.referred_on,
       r.referral_source,
       -- His age in whole years on the day he was referred; null when no date of birth was given.
       date_part('year', age(r.referred_on, r.man_date_of_birth))::int AS man_age_at_referral,
       coalesce(r.man_date_of_birth > r.referred_on, FALSE) AS man_born_after_referral,
       r.man_interpreter_needed,
       r.triage_outcome,
       (r.triaged_at AT TIME ZONE 'Europe/London')::date AS triaged_on,
       r.status,
       r.first_appointment_on,
       -- The wait: days from the referral date to his first appointment.
       r.first_appointment_on - r.referred_on AS days_to_first_appointment,
       r.risk_level,
       r.involvement_ended_on,
       r.involvement_ended_reason,
       -- Intake linked the referral to an earlier case of the same man.
       r.repeat_of_referral_id IS NOT NULL AS repeat_referral
FROM referral r
JOIN area a ON a.id = r.area_id;

COMMENT ON VIEW report_case_journey IS 'Published by referral for reports: one row per case, where it came from and where it stands.';
COMMENT ON COLUMN report_case_journey.referral_id IS '[open] the case';
COMMENT ON COLUMN report_case_journey.reference IS '[open] pseudonymous case reference, e.g. NEW-0007; never exported, only its pseudonym';
COMMENT ON COLUMN report_case_journey.area_id IS '[open] the commissioning area the case belongs to';
COMMENT ON COLUMN report_case_journey.area_code IS '[open] that area''s code, e.g. NMR';
COMMENT ON COLUMN report_case_journey.referred_on IS '[open] the date of the referral; the cohort and the waits count from it';
COMMENT ON COLUMN report_case_journey.referral_source IS '[open] who referred, as a code; the words of an "other" source are not here';
COMMENT ON COLUMN report_case_journey.man_age_at_referral IS '[open] his age in whole years on the referral date; null when no date of birth was given';
COMMENT ON COLUMN report_case_journey.man_born_after_referral IS '[open] the date of birth recorded is after the referral date (a typing mistake)';
COMMENT ON COLUMN report_case_journey.man_interpreter_needed IS '[open] whether he needs an interpreter';
COMMENT ON COLUMN report_case_journey.triage_outcome IS '[open] the triage decision, null until there is one';
COMMENT ON COLUMN report_case_journey.triaged_on IS '[open] the day of the triage decision, in Europe/London; null until there is one';
COMMENT ON COLUMN report_case_journey.status IS '[open] where the case is in its journey now';
COMMENT ON COLUMN report_case_journey.first_appointment_on IS '[open] the date of his first appointment, null until one is booked';
COMMENT ON COLUMN report_case_journey.days_to_first_appointment IS '[open] days from the referral date to his first appointment; null until one is booked';
COMMENT ON COLUMN report_case_journey.risk_level IS '[open] the case''s risk level now: standard, medium or high';
COMMENT ON COLUMN report_case_journey.involvement_ended_on IS '[open] the date the service stopped being involved with the case';
COMMENT ON COLUMN report_case_journey.involvement_ended_reason IS '[open] why, as the worker put it (never where she is)';
COMMENT ON COLUMN report_case_journey.repeat_referral IS '[open] a repeat referral: intake linked it to an earlier case of the same man';

-- Every move of every case, so that a report can read where each case stood on the last day of a
-- past period (the last move made on or before that day), not where it stands now.
CREATE VIEW report_case_move AS
SELECT m.id AS move_id,
       m.referral_id,
       r.area_id,
       r.referred_on,
       m.status,
       m.changed_on
FROM case_status_change m
JOIN referral r ON r.id = m.referral_id;

COMMENT ON VIEW report_case_move IS 'Published by referral for reports: every move of a case from one status to the next, oldest first.';
COMMENT ON COLUMN report_case_move.move_id IS '[open] the order of the moves';
COMMENT ON COLUMN report_case_move.referral_id IS '[open] the case';
COMMENT ON COLUMN report_case_move.area_id IS '[open] the case''s area, to choose a cohort by';
COMMENT ON COLUMN report_case_move.referred_on IS '[open] the case''s referral date, to choose a cohort by';
COMMENT ON COLUMN report_case_move.status IS '[open] the status the case moved to';
COMMENT ON COLUMN report_case_move.changed_on IS '[open] the day the move took effect';
