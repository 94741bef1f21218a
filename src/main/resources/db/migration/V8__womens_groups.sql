-- Partner support: the structured women's group. Its sessions and each woman's attendance.
--
-- All of it is behind the wall: which women attend, and when and where the group meets (a man who
-- learns the venue and time can find her). [wall] marks every column that says anything about her
-- or about where and when the women meet. Coded [wall] columns (dates, yes or no) cannot carry a
-- test marker; WomensGroupWallTest lists them and proves every route to them refuses the
-- perpetrator-facing roles. No unique constraint or check covers a [wall] column, so no database
-- error message can quote one.

CREATE TABLE womens_group (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    area_id     BIGINT       NOT NULL REFERENCES area (id),
    name        VARCHAR(120) NOT NULL,
    venue       VARCHAR(200) NOT NULL,
    meets       VARCHAR(120) NOT NULL,
    starts_on   DATE         NOT NULL,
    capacity    INTEGER      NOT NULL CHECK (capacity BETWEEN 1 AND 30),
    created_by  VARCHAR(80)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    version     INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX womens_group_area ON womens_group (area_id);
COMMENT ON TABLE womens_group IS 'A structured group for women, partners and ex-partners of the men referred: behind the wall.';
COMMENT ON COLUMN womens_group.id IS '[open] surrogate key';
COMMENT ON COLUMN womens_group.area_id IS '[open] the commissioning area whose women it serves';
COMMENT ON COLUMN womens_group.name IS '[wall] the group''s name, which may say where or when it meets';
COMMENT ON COLUMN womens_group.venue IS '[wall] where the group meets: where women can be found';
COMMENT ON COLUMN womens_group.meets IS '[wall] when the group meets, e.g. Tuesdays 10:00 to 12:00';
COMMENT ON COLUMN womens_group.starts_on IS '[wall] the date of its first meeting';
COMMENT ON COLUMN womens_group.capacity IS '[open] how many women it takes';
COMMENT ON COLUMN womens_group.created_by IS '[open] who set it up';
COMMENT ON COLUMN womens_group.created_at IS '[open] when it was set up';
COMMENT ON COLUMN womens_group.version IS '[open] optimistic-locking version';

CREATE TABLE womens_group_session (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id     BIGINT       NOT NULL REFERENCES womens_group (id),
    held_on      DATE         NOT NULL,
    topic        VARCHAR(200) NOT NULL,
    notes        TEXT,
    recorded_by  VARCHAR(80)  NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL,
    version      INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX womens_group_session_group ON womens_group_session (group_id, id);
COMMENT ON TABLE womens_group_session IS 'One meeting of a women''s group: behind the wall.';
COMMENT ON COLUMN womens_group_session.id IS '[open] surrogate key';
COMMENT ON COLUMN womens_group_session.group_id IS '[open] the group';
COMMENT ON COLUMN womens_group_session.held_on IS '[wall] the date the women met';
COMMENT ON COLUMN womens_group_session.topic IS '[wall] what the session covered';
COMMENT ON COLUMN womens_group_session.notes IS '[wall] the worker''s notes on the session, which may hold what women said';
COMMENT ON COLUMN womens_group_session.recorded_by IS '[open] who recorded it';
COMMENT ON COLUMN womens_group_session.recorded_at IS '[open] when it was recorded or last changed';
COMMENT ON COLUMN womens_group_session.version IS '[open] optimistic-locking version';

CREATE TABLE womens_group_member (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id    BIGINT       NOT NULL REFERENCES womens_group (id),
    partner_id  BIGINT       NOT NULL REFERENCES partner (id),
    joined_on   DATE         NOT NULL,
    left_on     DATE,
    added_by    VARCHAR(80)  NOT NULL,
    added_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX womens_group_member_group ON womens_group_member (group_id);
CREATE INDEX womens_group_member_partner ON womens_group_member (partner_id);
COMMENT ON TABLE womens_group_member IS 'A woman''s place in a women''s group: behind the wall.';
COMMENT ON COLUMN womens_group_member.id IS '[open] surrogate key';
COMMENT ON COLUMN womens_group_member.group_id IS '[open] the group';
COMMENT ON COLUMN womens_group_member.partner_id IS '[open] the woman (a partner of the man referred)';
COMMENT ON COLUMN womens_group_member.joined_on IS '[wall] the date she joined the group';
COMMENT ON COLUMN womens_group_member.left_on IS '[wall] the date she left the group, if she has';
COMMENT ON COLUMN womens_group_member.added_by IS '[open] who added her';
COMMENT ON COLUMN womens_group_member.added_at IS '[open] when she was added';

CREATE TABLE womens_group_attendance (
    session_id      BIGINT        NOT NULL REFERENCES womens_group_session (id),
    partner_id      BIGINT        NOT NULL REFERENCES partner (id),
    attended        BOOLEAN       NOT NULL,
    absence_reason  VARCHAR(300),
    PRIMARY KEY (session_id, partner_id)
);
CREATE INDEX womens_group_attendance_partner ON womens_group_attendance (partner_id);
COMMENT ON TABLE womens_group_attendance IS 'Whether each woman in the group came to a session: behind the wall.';
COMMENT ON COLUMN womens_group_attendance.session_id IS '[open] the session';
COMMENT ON COLUMN womens_group_attendance.partner_id IS '[open] the woman';
COMMENT ON COLUMN womens_group_attendance.attended IS '[wall] whether she came';
COMMENT ON COLUMN womens_group_attendance.absence_reason IS '[wall] why she did not come, if she said';
