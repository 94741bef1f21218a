-- What the risk feature publishes for reports: the police call-outs on each family's timeline, and
-- the MARAC referrals of each case. Reports read these views, never the risk tables. (The case's
-- risk level now is a column of the case, in report_case_journey.)
--
-- Every column is [open]: a date or a yes/no; no summaries, sources, reasons or outcomes.
--
-- Repeatable: Flyway runs this again whenever it changes. The views are dropped first so that a
-- column can be removed or reordered; no other view may be built on them.

DROP VIEW IF EXISTS report_police_call_out;
DROP VIEW IF EXISTS report_marac_referral;

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

CREATE VIEW report_marac_referral AS
SELECT m.referral_id,
       -- Made, not merely due: a referral due but not yet made has no date of referral.
       m.referred_on IS NOT NULL AS made,
       -- The day it was made: the MARAC-style return counts referrals made in its quarter.
       m.referred_on
FROM marac_referral m;

COMMENT ON VIEW report_marac_referral IS 'Published by risk for reports: one row per MARAC referral of a case, due or made.';
COMMENT ON COLUMN report_marac_referral.referral_id IS '[open] the case';
COMMENT ON COLUMN report_marac_referral.made IS '[open] the referral has been made (one due but not yet made has not)';
COMMENT ON COLUMN report_marac_referral.referred_on IS '[open] the day the referral was made; null while it is only due';
