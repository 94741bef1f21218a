-- What the risk feature publishes for reports: the police call-outs on each family's timeline, and
-- each case's risk level and MARAC referral. Reports read these views, never the risk tables.
--
-- Every column is [open]: a date, a code or a yes/no; no summaries, sources, reasons or outcomes.
--
-- Repeatable: Flyway runs this again whenever it changes. The views are dropped first so that a
-- column can be removed or reordered; no other view may be built on them.

DROP VIEW IF EXISTS report_police_call_out;
DROP VIEW IF EXISTS report_case_risk;

CREATE VIEW report_police_call_out AS
SELECT e.referral_id,
       e.occurred_on,
       -- During the intervention: dated after the day (in Europe/London) of the viability decision.
       coalesce(e.occurred_on > (a.decided_at AT TIME ZONE 'Europe/London')::date, FALSE)
           AS after_assessment_decision
FROM risk_event e
LEFT JOIN assessment a ON a.referral_id = e.referral_id
WHERE e.kind = 'POLICE_CALL_OUT';

COMMENT ON VIEW report_police_call_out IS 'Published by risk for reports: one row per police call-out on a family''s risk timeline.';
COMMENT ON COLUMN report_police_call_out.referral_id IS '[open] the case';
COMMENT ON COLUMN report_police_call_out.occurred_on IS '[open] the date of the call-out';
COMMENT ON COLUMN report_police_call_out.after_assessment_decision IS '[open] dated after the day of the viability decision: an incident during the intervention';

CREATE VIEW report_case_risk AS
SELECT r.id AS referral_id,
       r.risk_level,
       -- Made, not merely due: a referral due but not yet made does not count.
       EXISTS (SELECT 1 FROM marac_referral m WHERE m.referral_id = r.id AND m.referred_on IS NOT NULL)
           AS marac_referral_made
FROM referral r;

COMMENT ON VIEW report_case_risk IS 'Published by risk for reports: one row per case, its risk level now and whether a MARAC referral has been made.';
COMMENT ON COLUMN report_case_risk.referral_id IS '[open] the case';
COMMENT ON COLUMN report_case_risk.risk_level IS '[open] standard, medium or high, now';
COMMENT ON COLUMN report_case_risk.marac_referral_made IS '[open] a MARAC referral has been made for the case (one due but not yet made is not)';
