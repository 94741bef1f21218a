-- What partner support publishes for reports. Her record is behind the wall, so nothing about any
-- one woman leaves it here: only counts per case (as the national dataset exports them, under a
-- pseudonym) and a count of women per area and day. No names, contact details, addresses, safe
-- contact times, notes, her words, how or where she was reached, nor any date of one woman.
-- Reports read these views, never the partner-support tables.
--
-- The outcomes that count as reaching her are those ContactOutcome.reached() names
-- (ReportsReadPublishedViewsTest checks that the two lists agree).
--
-- Repeatable: Flyway runs this again whenever it changes. The views are dropped first so that a
-- column can be removed or reordered; no other view may be built on them.

DROP VIEW IF EXISTS report_partner_support;
DROP VIEW IF EXISTS report_women_first_reached;

CREATE VIEW report_partner_support AS
-- The case's area and referral date are grouped on, so that a report choosing its cohort by them on
-- this view reads the women of that cohort only.
SELECT her.referral_id,
       r.area_id,
       r.referred_on,
       count(*) AS partners_recorded,
       -- Reached: her contact stands at contacted, engaged or declined (declining is an answer).
       count(*) FILTER (WHERE her.contact_status IN ('CONTACTED', 'ENGAGED', 'DECLINED'))
           AS partners_reached,
       count(*) FILTER (WHERE her.contact_status = 'ENGAGED') AS partners_engaged,
       -- Supported: engaged, or at least one support session, or ever in a women's group.
       count(*) FILTER (WHERE her.supported) AS partners_supported,
       count(*) FILTER (WHERE her.in_group) AS partners_in_womens_group,
       -- For the women supported: the attempts that reached her plus her support sessions.
       coalesce(sum(her.reaching_attempts + her.sessions) FILTER (WHERE her.supported), 0)::bigint
           AS supported_contacts,
       -- Every attempt to reach any of them, whatever came of it.
       sum(her.attempts)::bigint AS proactive_attempts
FROM (
    SELECT p.referral_id, p.contact_status,
           s.sessions,
           ca.attempts,
           ca.reaching_attempts,
           m.member AS in_group,
           p.contact_status = 'ENGAGED' OR s.sessions > 0 OR m.member AS supported
    FROM partner p
    -- Counted for each woman of the cohort through her own index entries (LATERAL), so that a
    -- report on one area and quarter reads that cohort's rows, not every woman's in the database.
    CROSS JOIN LATERAL (
        SELECT EXISTS (SELECT 1 FROM womens_group_member wm WHERE wm.partner_id = p.id) AS member
    ) m
    CROSS JOIN LATERAL (
        SELECT count(*) AS sessions FROM support_session ss WHERE ss.partner_id = p.id
    ) s
    CROSS JOIN LATERAL (
        SELECT count(*) AS attempts,
               count(*) FILTER (WHERE outcome IN ('SPOKE_WITH_HER', 'MET_HER', 'DECLINED_SUPPORT'))
                   AS reaching_attempts
        FROM contact_attempt c
        WHERE c.partner_id = p.id
    ) ca
) her
JOIN referral r ON r.id = her.referral_id
GROUP BY her.referral_id, r.area_id, r.referred_on;

COMMENT ON VIEW report_partner_support IS 'Published by partner support for reports: one row per case with a partner recorded, counts of the women on it and of the work with them; nothing about any one woman.';
COMMENT ON COLUMN report_partner_support.referral_id IS '[open] the case';
COMMENT ON COLUMN report_partner_support.area_id IS '[open] the case''s area, to choose a cohort by';
COMMENT ON COLUMN report_partner_support.referred_on IS '[open] the case''s referral date, to choose a cohort by';
COMMENT ON COLUMN report_partner_support.partners_recorded IS '[open] current, former and new partners recorded on the case, one or more';
COMMENT ON COLUMN report_partner_support.partners_reached IS '[open] of them, how many partner support has reached: contact stands at contacted, engaged or declined';
COMMENT ON COLUMN report_partner_support.partners_engaged IS '[open] of them, how many are engaged with partner support now';
COMMENT ON COLUMN report_partner_support.partners_supported IS '[open] of them, how many are supported: engaged, or had a support session, or ever in a women''s group';
COMMENT ON COLUMN report_partner_support.partners_in_womens_group IS '[open] of them, how many have ever been members of a structured women''s group';
COMMENT ON COLUMN report_partner_support.supported_contacts IS '[open] for the women supported, the contact attempts that reached them plus their support sessions';
COMMENT ON COLUMN report_partner_support.proactive_attempts IS '[open] every attempt made to reach any of them, whatever came of it';

CREATE VIEW report_women_first_reached AS
SELECT r.area_id,
       first.reached_on AS first_reached_on,
       count(*) AS women
FROM partner p
JOIN referral r ON r.id = p.referral_id
-- The day she was first reached: her contact first moved to contacted or engaged.
CROSS JOIN LATERAL (
    SELECT min(c.changed_on) AS reached_on FROM partner_contact_status_change c
    WHERE c.partner_id = p.id AND c.status IN ('CONTACTED', 'ENGAGED')
) first
WHERE first.reached_on IS NOT NULL
GROUP BY r.area_id, first.reached_on;

COMMENT ON VIEW report_women_first_reached IS 'Published by partner support for the planner: how many women in an area were first reached on a day; never which woman or which case.';
COMMENT ON COLUMN report_women_first_reached.area_id IS '[open] the commissioning area of the cases the women are on';
COMMENT ON COLUMN report_women_first_reached.first_reached_on IS '[open] a day on which women were first reached (contact first moved to contacted or engaged)';
COMMENT ON COLUMN report_women_first_reached.women IS '[open] how many women in the area were first reached that day';
