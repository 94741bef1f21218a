-- What the children's work feature publishes for reports: one row per child named on a case, the
-- child's age at referral and child protection history. Reports read this view, never the child
-- tables.
--
-- Every column is [open]: an age and yes/no flags; no names, no session notes, no ladder readings.
--
-- Repeatable: Flyway runs this again whenever it changes. The view is dropped first so that a
-- column can be removed or reordered; no other view may be built on it.

DROP VIEW IF EXISTS report_child;

CREATE VIEW report_child AS
SELECT ch.id AS child_id,
       ch.referral_id,
       ch.age_years,
       -- At referral: the status the first recorded change replaced, or the status now if it never
       -- changed.
       coalesce(
           (SELECT x.previous_status FROM child_protection_change x
            WHERE x.child_id = ch.id ORDER BY x.changed_on, x.id LIMIT 1),
           ch.protection_status) = 'CHILD_PROTECTION_PLAN' AS on_plan_at_referral,
       ch.protection_status = 'CHILD_PROTECTION_PLAN' AS on_plan_now,
       -- At any time: at referral, now, or in any recorded change between (a change's previous
       -- status is the one it replaced).
       ch.protection_status = 'CHILD_PROTECTION_PLAN'
           OR EXISTS (SELECT 1 FROM child_protection_change x WHERE x.child_id = ch.id
                      AND 'CHILD_PROTECTION_PLAN' IN (x.status, x.previous_status)) AS ever_on_plan
FROM child ch;

COMMENT ON VIEW report_child IS 'Published by children''s work for reports: one row per child named on a case, age at referral and child protection history.';
COMMENT ON COLUMN report_child.child_id IS '[open] the child (surrogate key)';
COMMENT ON COLUMN report_child.referral_id IS '[open] the case';
COMMENT ON COLUMN report_child.age_years IS '[open] age in years at referral, 0 to 18';
COMMENT ON COLUMN report_child.on_plan_at_referral IS '[open] on a child protection plan at referral: the status before the first recorded change, or now if it never changed';
COMMENT ON COLUMN report_child.on_plan_now IS '[open] on a child protection plan by the latest recorded status';
COMMENT ON COLUMN report_child.ever_on_plan IS '[open] on a child protection plan at any time: at referral, now, or in any recorded change between';
