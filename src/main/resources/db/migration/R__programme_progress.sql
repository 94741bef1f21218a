-- What the programme feature publishes for reports: how far each man has come on the programme.
-- The area report and the national dataset both read these views and nothing else of the
-- programme, so each rule below is written once:
--
--   * attended: marked ATTENDED or LATE (AttendanceMark.counts(); ReportsReadPublishedViewsTest
--     checks that the two lists agree);
--   * a curriculum session counts once towards his hours and stages, however often he attends it
--     (as on his programme page, ProgrammeProgress);
--   * stage 1 is complete when he has attended every stage-1 session of the curriculum, and the
--     curriculum has at least one;
--   * 60 hours: the area report counts 60 hours or more in one place; the national dataset counts
--     60 hours, or the whole curriculum where it is shorter, across his places on one curriculum.
--     Both are published here, side by side, as docs/outcome-definitions.md and
--     docs/national-dataset.md define them.
--
-- Every column is [open]: counts, codes and yes/no; no absence reasons, disclosures, ratings or
-- facilitators' notes.
--
-- Repeatable: Flyway runs this again whenever it changes. The views are dropped first (the one
-- built on the other first) so that a column can be removed or reordered; no view in another file
-- may be built on them.

DROP VIEW IF EXISTS report_programme_progress;
DROP VIEW IF EXISTS report_programme_place;

CREATE VIEW report_programme_place AS
SELECT e.id AS enrolment_id,
       e.referral_id,
       e.status,
       e.created_at AS given_at,
       g.curriculum_id,
       done.sessions AS curriculum_sessions_attended,
       done.hours AS hours_attended,
       done.stage_one AS stage_one_sessions_attended,
       size.stage_one AS stage_one_sessions,
       size.stage_one > 0 AND done.stage_one = size.stage_one AS stage_one_attended,
       done.hours >= 60 AS sixty_hours_attended,
       done.first_on AS first_attended_on,
       CASE WHEN size.stage_one > 0 AND done.stage_one = size.stage_one
            THEN done.last_stage_one_on END AS stage_one_attended_on,
       done.sixty_on AS sixty_hours_attended_on,
       done.marks AS marks_attended,
       done.on_its_curriculum AS attended_on_its_curriculum,
       size.hours AS curriculum_hours
FROM enrolment e
JOIN programme_group g ON g.id = e.group_id
-- The curriculum sessions he attended in this place, each once, on the day he first attended it:
-- the days let a past quarter be counted as it stood at the end of that quarter.
CROSS JOIN LATERAL (
    SELECT count(*) AS sessions,
           coalesce(sum(f.hours), 0) AS hours,
           count(*) FILTER (WHERE f.stage = 1 AND f.curriculum_id = g.curriculum_id) AS stage_one,
           min(f.first_on) AS first_on,
           max(f.first_on) FILTER (WHERE f.stage = 1 AND f.curriculum_id = g.curriculum_id)
               AS last_stage_one_on,
           min(f.first_on) FILTER (WHERE f.hours_so_far >= 60) AS sixty_on,
           coalesce(sum(f.times), 0)::bigint AS marks,
           coalesce(bool_and(f.curriculum_id = g.curriculum_id), TRUE) AS on_its_curriculum
    FROM (
        SELECT cs.hours, cs.stage, cs.curriculum_id, attended.held_on AS first_on, attended.times,
               sum(cs.hours) OVER (ORDER BY attended.held_on, cs.id) AS hours_so_far
        FROM (
            SELECT gs.curriculum_session_id AS id, min(gs.held_on) AS held_on, count(*) AS times
            FROM attendance a
            JOIN group_session gs ON gs.id = a.group_session_id
            WHERE a.enrolment_id = e.id AND a.mark IN ('ATTENDED', 'LATE')
            GROUP BY gs.curriculum_session_id
        ) attended
        JOIN curriculum_session cs ON cs.id = attended.id
    ) f
) done
CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE s.stage = 1) AS stage_one, coalesce(sum(s.hours), 0) AS hours
    FROM curriculum_session s
    WHERE s.curriculum_id = g.curriculum_id
) size;

COMMENT ON VIEW report_programme_place IS 'Published by programme for reports: one row per place a man has been given (in a group or individual work), with his progress in it.';
COMMENT ON COLUMN report_programme_place.enrolment_id IS '[open] the place (enrolment)';
COMMENT ON COLUMN report_programme_place.referral_id IS '[open] the case';
COMMENT ON COLUMN report_programme_place.status IS '[open] waiting to start, attending, suspended, exited or completed, now';
COMMENT ON COLUMN report_programme_place.given_at IS '[open] when he was given the place';
COMMENT ON COLUMN report_programme_place.curriculum_id IS '[open] the curriculum the group runs';
COMMENT ON COLUMN report_programme_place.curriculum_sessions_attended IS '[open] curriculum sessions he attended or was late for in this place, each counted once';
COMMENT ON COLUMN report_programme_place.hours_attended IS '[open] the hours of those sessions, each counted once';
COMMENT ON COLUMN report_programme_place.stage_one_sessions_attended IS '[open] of those, the stage-1 (violence prevention) sessions of the group''s curriculum';
COMMENT ON COLUMN report_programme_place.stage_one_sessions IS '[open] the stage-1 sessions in the group''s curriculum';
COMMENT ON COLUMN report_programme_place.stage_one_attended IS '[open] in this place he attended every stage-1 session of the group''s curriculum (which has at least one)';
COMMENT ON COLUMN report_programme_place.sixty_hours_attended IS '[open] in this place he attended sessions adding up to 60 hours or more';
COMMENT ON COLUMN report_programme_place.first_attended_on IS '[open] the day of the first session he attended or was late for in this place';
COMMENT ON COLUMN report_programme_place.stage_one_attended_on IS '[open] the day he attended the last stage-1 session he needed, null while one is missing';
COMMENT ON COLUMN report_programme_place.marks_attended IS '[open] his marks of attended or late in this place, a curriculum session attended twice counted twice';
COMMENT ON COLUMN report_programme_place.attended_on_its_curriculum IS '[open] every session he attended in this place was of the group''s curriculum (true when none)';
COMMENT ON COLUMN report_programme_place.curriculum_hours IS '[open] the hours of every session of the group''s curriculum';
COMMENT ON COLUMN report_programme_place.sixty_hours_attended_on IS '[open] the day his hours in this place reached 60, null until they do';

CREATE VIEW report_programme_progress AS
SELECT places.referral_id,
       places.area_id,
       places.referred_on,
       places.places,
       places.latest_status AS latest_place_status,
       places.started AS place_started,
       places.completed AS place_completed,
       places.attending AS attending_now,
       places.stage_one AS stage_one_in_one_place,
       places.sixty AS sixty_hours_in_one_place,
       places.first_attended_on,
       places.stage_one_on AS stage_one_in_one_place_on,
       places.sixty_on AS sixty_hours_in_one_place_on,
       CASE WHEN places.one THEN places.one_marks ELSE work.sessions END > 0 AS attended_a_session,
       CASE WHEN places.one THEN places.one_marks ELSE work.sessions END AS sessions_attended,
       CASE WHEN places.one THEN places.one_hours ELSE work.hours END AS hours_attended,
       CASE WHEN places.one THEN places.one_stage_one ELSE work.stage_one END
           AS stage_one_in_a_curriculum,
       CASE WHEN places.one THEN places.one_sixty ELSE work.sixty END
           AS sixty_hours_in_a_curriculum
-- His places. The case's area and referral date are grouped on, so that a report choosing its
-- cohort by them on this view reads the places of that cohort only.
FROM (
    SELECT p.referral_id, r.area_id, r.referred_on,
           count(*) AS places,
           (array_agg(p.status ORDER BY p.given_at DESC, p.enrolment_id DESC))[1] AS latest_status,
           bool_or(p.status IN ('ATTENDING', 'SUSPENDED', 'COMPLETED')) AS started,
           bool_or(p.status = 'COMPLETED') AS completed,
           bool_or(p.status = 'ATTENDING') AS attending,
           bool_or(p.stage_one_attended) AS stage_one,
           bool_or(p.sixty_hours_attended) AS sixty,
           min(p.first_attended_on) AS first_attended_on,
           min(p.stage_one_attended_on) AS stage_one_on,
           min(p.sixty_hours_attended_on) AS sixty_on,
           -- Most men have one place, all of it on its group's curriculum: his work across places
           -- is then that place's, already counted above, and is not counted again below.
           count(*) = 1 AND bool_and(p.attended_on_its_curriculum) AS one,
           max(p.marks_attended) AS one_marks,
           max(p.hours_attended) AS one_hours,
           bool_or(p.stage_one_attended) AS one_stage_one,
           bool_or(p.curriculum_sessions_attended > 0
                   AND p.hours_attended >= least(p.curriculum_hours, 60)) AS one_sixty
    FROM report_programme_place p
    JOIN referral r ON r.id = p.referral_id
    GROUP BY p.referral_id, r.area_id, r.referred_on
) places
-- His work across all his places, curriculum by curriculum: each curriculum session once towards
-- hours and stages; every session he attended towards the sessions attended.
CROSS JOIN LATERAL (
    SELECT coalesce(sum(c.sessions), 0)::bigint AS sessions,
           coalesce(sum(c.hours), 0) AS hours,
           coalesce(bool_or(size.stage_one > 0 AND c.stage_one >= size.stage_one), FALSE)
               AS stage_one,
           coalesce(bool_or(c.hours >= least(size.hours, 60)), FALSE) AS sixty
    FROM (
        SELECT cs.curriculum_id,
               sum(x.times) AS sessions,
               sum(cs.hours) AS hours,
               count(*) FILTER (WHERE cs.stage = 1) AS stage_one
        FROM (
            SELECT gs.curriculum_session_id, count(*) AS times
            FROM enrolment e
            JOIN attendance a ON a.enrolment_id = e.id AND a.mark IN ('ATTENDED', 'LATE')
            JOIN group_session gs ON gs.id = a.group_session_id
            WHERE e.referral_id = places.referral_id AND NOT places.one
            GROUP BY gs.curriculum_session_id
        ) x
        JOIN curriculum_session cs ON cs.id = x.curriculum_session_id
        GROUP BY cs.curriculum_id
    ) c
    CROSS JOIN LATERAL (
        SELECT count(*) FILTER (WHERE s.stage = 1) AS stage_one, sum(s.hours) AS hours
        FROM curriculum_session s
        WHERE s.curriculum_id = c.curriculum_id
    ) size
) work;

COMMENT ON VIEW report_programme_progress IS 'Published by programme for reports: one row per case that has been given a place, how far he has come on the programme; the one definition of each programme measure. A case never given a place has no row.';
COMMENT ON COLUMN report_programme_progress.referral_id IS '[open] the case';
COMMENT ON COLUMN report_programme_progress.area_id IS '[open] the case''s area, to choose a cohort by';
COMMENT ON COLUMN report_programme_progress.referred_on IS '[open] the case''s referral date, to choose a cohort by';
COMMENT ON COLUMN report_programme_progress.places IS '[open] places on the programme he has been given, one or more';
COMMENT ON COLUMN report_programme_progress.latest_place_status IS '[open] the status of the place most recently given';
COMMENT ON COLUMN report_programme_progress.place_started IS '[open] a place of his is attending, suspended or completed';
COMMENT ON COLUMN report_programme_progress.place_completed IS '[open] a place of his is marked completed';
COMMENT ON COLUMN report_programme_progress.attending_now IS '[open] a place of his is attending now (not waiting, suspended, exited or completed)';
COMMENT ON COLUMN report_programme_progress.stage_one_in_one_place IS '[open] in one place he attended every stage-1 session of that group''s curriculum';
COMMENT ON COLUMN report_programme_progress.sixty_hours_in_one_place IS '[open] in one place he attended sessions adding up to 60 hours or more';
COMMENT ON COLUMN report_programme_progress.first_attended_on IS '[open] the day of the first session he attended or was late for, in any place';
COMMENT ON COLUMN report_programme_progress.stage_one_in_one_place_on IS '[open] the first day on which stage 1 was complete in one of his places';
COMMENT ON COLUMN report_programme_progress.sixty_hours_in_one_place_on IS '[open] the first day on which his hours in one of his places reached 60';
COMMENT ON COLUMN report_programme_progress.attended_a_session IS '[open] he attended, or was late for, at least one session';
COMMENT ON COLUMN report_programme_progress.sessions_attended IS '[open] sessions he attended or was late for, across all his places';
COMMENT ON COLUMN report_programme_progress.hours_attended IS '[open] hours of structured work: each curriculum session he attended counted once, across all his places';
COMMENT ON COLUMN report_programme_progress.stage_one_in_a_curriculum IS '[open] across his places, he attended every stage-1 session of a curriculum';
COMMENT ON COLUMN report_programme_progress.sixty_hours_in_a_curriculum IS '[open] across his places, his hours in a curriculum reached 60, or the whole curriculum where it is shorter';
