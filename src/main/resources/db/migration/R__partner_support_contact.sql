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
SELECT r.id AS referral_id,
       w.partners_recorded,
       w.partners_reached,
       w.partners_engaged,
       w.partners_supported,
       w.partners_in_womens_group,
       w.supported_contacts,
       w.proactive_attempts
FROM referral r
CROSS JOIN LATERAL (
    SELECT count(*) AS partners_recorded,
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
           coalesce(sum(her.attempts), 0)::bigint AS proactive_attempts
    FROM (
        SELECT p.contact_status, f.in_group, f.sessions, f.attempts, f.reaching_attempts,
               p.contact_status = 'ENGAGED' OR f.sessions > 0 OR f.in_group AS supported
        FROM partner p
        CROSS JOIN LATERAL (
            SELECT EXISTS (SELECT 1 FROM womens_group_member m WHERE m.partner_id = p.id) AS in_group,
                   (SELECT count(*) FROM support_session s WHERE s.partner_id = p.id) AS sessions,
                   (SELECT count(*) FROM contact_attempt ca WHERE ca.partner_id = p.id) AS attempts,
                   (SELECT count(*) FROM contact_attempt ca WHERE ca.partner_id = p.id
                      AND ca.outcome IN ('SPOKE_WITH_HER', 'MET_HER', 'DECLINED_SUPPORT'))
                       AS reaching_attempts
        ) f
        WHERE p.referral_id = r.id
    ) her
) w;

COMMENT ON VIEW report_partner_support IS 'Published by partner support for reports: one row per case, counts of the women on it and of the work with them; nothing about any one woman.';
COMMENT ON COLUMN report_partner_support.referral_id IS '[open] the case';
COMMENT ON COLUMN report_partner_support.partners_recorded IS '[open] current, former and new partners recorded on the case';
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
