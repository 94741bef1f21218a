-- When her DASH, completed with her by partner support behind the wall, raises the case to high
-- risk, the reason every worker and every report read must not say so: it would tell his side, and
-- a report that may reach a court bundle, that she spoke to the service. The case and its MARAC
-- referral carry a neutral reason in their [open] columns; where it came from is kept behind the
-- wall, for partner support and managers. A reader who is given no pass reads the neutral reason.

CREATE TABLE risk_level_source (
    referral_id bigint PRIMARY KEY REFERENCES referral (id),
    reason      varchar(300) NOT NULL
);
COMMENT ON TABLE risk_level_source IS 'Where the case''s current risk level came from, when that was behind the wall; removed when the level next changes.';
COMMENT ON COLUMN risk_level_source.referral_id IS '[open] the case';
COMMENT ON COLUMN risk_level_source.reason IS '[wall] why the level last changed, naming its source behind the wall (partner support); referral.risk_level_reason holds the neutral reason everyone else reads';

ALTER TABLE marac_referral ADD COLUMN source_reason varchar(300);
COMMENT ON COLUMN marac_referral.source_reason IS '[wall] the reason for the referral naming its source behind the wall, when it came from there; reason then holds the neutral reason everyone else reads';

-- Cases raised this way before: their source moves behind the wall, and what was said openly,
-- alerts among it, becomes the neutral reason.
INSERT INTO risk_level_source (referral_id, reason)
SELECT id, risk_level_reason FROM referral
 WHERE risk_level_reason = 'Visible high risk identified by partner support';
UPDATE referral SET risk_level_reason = 'Information held by the service'
 WHERE risk_level_reason = 'Visible high risk identified by partner support';
UPDATE marac_referral SET source_reason = reason, reason = 'Information held by the service'
 WHERE reason = 'Visible high risk identified by partner support';
UPDATE risk_alert
   SET message = replace(message, 'Visible high risk identified by partner support',
                         'information held by the service')
 WHERE message LIKE '%Visible high risk identified by partner support%';
