-- Children's work: each child's protection status over time, children's sessions, and the
-- child's own sense of safety on a 1-10 ladder before and after the work.
-- Everything here is about the children and is on the open side of the wall: nothing of the
-- mother's (where she lives, how to reach her, what she tells her worker) is stored here.
-- Every column is marked [open] or [wall] as in V1.

ALTER TABLE child ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
COMMENT ON COLUMN child.version IS '[open] optimistic-locking version; each change of protection status increases it';

CREATE TABLE child_protection_change (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    child_id         BIGINT       NOT NULL REFERENCES child (id),
    previous_status  VARCHAR(40)  NOT NULL,
    status           VARCHAR(40)  NOT NULL,
    changed_on       DATE         NOT NULL,
    recorded_by      VARCHAR(80)  NOT NULL,
    recorded_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT child_protection_change_status_known CHECK (
        status IN ('CHILD_PROTECTION_PLAN', 'CHILD_IN_NEED', 'EARLY_HELP', 'NONE')
        AND previous_status IN ('CHILD_PROTECTION_PLAN', 'CHILD_IN_NEED', 'EARLY_HELP', 'NONE')),
    CONSTRAINT child_protection_change_is_a_change CHECK (status <> previous_status)
);
CREATE INDEX child_protection_change_child ON child_protection_change (child_id, changed_on DESC, id DESC);
COMMENT ON TABLE child_protection_change IS 'A change in a child''s protection status; child.protection_status holds the current one.';
COMMENT ON COLUMN child_protection_change.id IS '[open] surrogate key';
COMMENT ON COLUMN child_protection_change.child_id IS '[open] the child';
COMMENT ON COLUMN child_protection_change.previous_status IS '[open] the status this change replaced; the first change''s is the status at referral';
COMMENT ON COLUMN child_protection_change.status IS '[open] the new status: child protection plan, child in need, early help or none';
COMMENT ON COLUMN child_protection_change.changed_on IS '[open] the date the status changed';
COMMENT ON COLUMN child_protection_change.recorded_by IS '[open] who recorded the change';
COMMENT ON COLUMN child_protection_change.recorded_at IS '[open] when the change was recorded';

CREATE TABLE child_session (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    child_id          BIGINT       NOT NULL REFERENCES child (id),
    held_on           DATE         NOT NULL,
    duration_minutes  INTEGER      NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    wellbeing_notes   TEXT,
    recorded_by       VARCHAR(80)  NOT NULL,
    recorded_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT child_session_duration_range CHECK (duration_minutes BETWEEN 1 AND 600),
    CONSTRAINT child_session_kind_known CHECK (kind IN ('ONE_TO_ONE', 'GROUP', 'FAMILY')),
    CONSTRAINT child_session_notes_length CHECK (char_length(wellbeing_notes) <= 4000)
);
CREATE INDEX child_session_child ON child_session (child_id, held_on DESC, id DESC);
COMMENT ON TABLE child_session IS 'A session of children''s work with one child.';
COMMENT ON COLUMN child_session.id IS '[open] surrogate key';
COMMENT ON COLUMN child_session.child_id IS '[open] the child';
COMMENT ON COLUMN child_session.held_on IS '[open] the date of the session';
COMMENT ON COLUMN child_session.duration_minutes IS '[open] how long the session took, 1 to 600 minutes';
COMMENT ON COLUMN child_session.kind IS '[open] one-to-one, group or family session';
COMMENT ON COLUMN child_session.wellbeing_notes IS '[open] the worker''s notes on the child''s wellbeing; never the mother''s location, contact details or words';
COMMENT ON COLUMN child_session.recorded_by IS '[open] who recorded the session';
COMMENT ON COLUMN child_session.recorded_at IS '[open] when the session was recorded';

CREATE TABLE safety_ladder_reading (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    child_id     BIGINT       NOT NULL REFERENCES child (id),
    stage        VARCHAR(10)  NOT NULL,
    taken_on     DATE         NOT NULL,
    rating       INTEGER      NOT NULL,
    recorded_by  VARCHAR(80)  NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT safety_ladder_stage_known CHECK (stage IN ('BEFORE', 'AFTER')),
    CONSTRAINT safety_ladder_rating_range CHECK (rating BETWEEN 1 AND 10)
);
CREATE INDEX safety_ladder_reading_child ON safety_ladder_reading (child_id, taken_on DESC, id DESC);
COMMENT ON TABLE safety_ladder_reading IS 'The child''s own sense of safety on a 1-10 ladder, before or after the work.';
COMMENT ON COLUMN safety_ladder_reading.id IS '[open] surrogate key';
COMMENT ON COLUMN safety_ladder_reading.child_id IS '[open] the child';
COMMENT ON COLUMN safety_ladder_reading.stage IS '[open] before or after the work';
COMMENT ON COLUMN safety_ladder_reading.taken_on IS '[open] the date of the reading';
COMMENT ON COLUMN safety_ladder_reading.rating IS '[open] the child''s rating, 1 (not safe at all) to 10 (completely safe)';
COMMENT ON COLUMN safety_ladder_reading.recorded_by IS '[open] who recorded the reading';
COMMENT ON COLUMN safety_ladder_reading.recorded_at IS '[open] when the reading was recorded';
