-- What the assessment feature publishes for reports: one row per case with an assessment, its
-- treatment-viability decision and the evidence the repeat-victimisation method counts. Reports
-- read this view, never the assessment table.
--
-- Every column is [open]: codes, counts and the decision's date; no narrative, no reasons in words,
-- no dynamic-factor scores, no DASH.
--
-- Repeatable: Flyway runs this again whenever it changes. The view is dropped first so that a
-- column can be removed or reordered; no other view may be built on it. (V17 drops it to widen
-- assessment.disclosed_violence; this file changed with it, so that Flyway makes it again.)

DROP VIEW IF EXISTS report_assessment_outcome;

CREATE VIEW report_assessment_outcome AS
SELECT a.referral_id,
       a.viability,
       a.decided_at,
       -- The decision's date is the service's date: decided at 00:30 in June counts that day.
       (a.decided_at AT TIME ZONE 'Europe/London')::date AS decided_on,
       a.police_evidence,
       a.police_incidents,
       a.disclosed_violence
FROM assessment a;

COMMENT ON VIEW report_assessment_outcome IS 'Published by assessment for reports: one row per case with an assessment, its viability decision and pre-assessment evidence.';
COMMENT ON COLUMN report_assessment_outcome.referral_id IS '[open] the case';
COMMENT ON COLUMN report_assessment_outcome.viability IS '[open] the treatment-viability decision, null until it is made';
COMMENT ON COLUMN report_assessment_outcome.decided_at IS '[open] when the viability decision was recorded';
COMMENT ON COLUMN report_assessment_outcome.decided_on IS '[open] the day of the viability decision, in Europe/London';
COMMENT ON COLUMN report_assessment_outcome.police_evidence IS '[open] how the incidents evidenced before assessment are known: a count, at least a number, or unclear';
COMMENT ON COLUMN report_assessment_outcome.police_incidents IS '[open] the number of incidents evidenced before assessment (at least this many when AT_LEAST)';
COMMENT ON COLUMN report_assessment_outcome.disclosed_violence IS '[open] the violence he disclosed at assessment, as an inventory band';

