-- The group programme: curriculum kept as data, rolling groups with intakes, enrolments,
-- group sessions with attendance, weekly disclosure and behaviour, and review points.
-- Every column is marked [open] or [wall] as in V1. Nothing here is behind the wall.

CREATE TABLE curriculum (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        VARCHAR(120) NOT NULL UNIQUE,
    is_default  BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE UNIQUE INDEX curriculum_one_default ON curriculum (is_default) WHERE is_default;
COMMENT ON TABLE curriculum IS 'A programme curriculum: its sessions in order. A service can define its own.';
COMMENT ON COLUMN curriculum.id IS '[open] surrogate key';
COMMENT ON COLUMN curriculum.name IS '[open] the curriculum''s name';
COMMENT ON COLUMN curriculum.is_default IS '[open] the curriculum new groups use unless told otherwise';

CREATE TABLE curriculum_session (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    curriculum_id  BIGINT       NOT NULL REFERENCES curriculum (id),
    position       INTEGER      NOT NULL CHECK (position >= 1),
    module         VARCHAR(120) NOT NULL,
    title          VARCHAR(200) NOT NULL,
    stage          SMALLINT     NOT NULL CHECK (stage IN (1, 2)),
    hours          NUMERIC(5,3) NOT NULL CHECK (hours > 0 AND hours <= 8),
    UNIQUE (curriculum_id, position)
);
COMMENT ON TABLE curriculum_session IS 'One session of a curriculum, in its place in the order.';
COMMENT ON COLUMN curriculum_session.id IS '[open] surrogate key';
COMMENT ON COLUMN curriculum_session.curriculum_id IS '[open] the curriculum';
COMMENT ON COLUMN curriculum_session.position IS '[open] its place in the order, from 1';
COMMENT ON COLUMN curriculum_session.module IS '[open] the module it belongs to';
COMMENT ON COLUMN curriculum_session.title IS '[open] what the session covers';
COMMENT ON COLUMN curriculum_session.stage IS '[open] 1: violence prevention (physical and sexual violence); 2: other abuse, parenting, relationship skills';
COMMENT ON COLUMN curriculum_session.hours IS '[open] hours of structured work it counts for';

INSERT INTO curriculum (name, is_default) VALUES ('Tandem default: 32 weeks, about 60 hours', TRUE);
INSERT INTO curriculum_session (curriculum_id, position, module, title, stage, hours)
SELECT c.id, s.position, s.module, s.title, s.stage, s.hours
FROM curriculum c, (VALUES
    (1, 'Starting out', 'Ground rules, the group''s purpose and what safety means', 1, 1.875),
    (2, 'Starting out', 'The cycle of violence: what happens before, during and after', 1, 1.875),
    (3, 'Physical violence', 'Naming physical violence: from intimidation to assault', 1, 1.875),
    (4, 'Physical violence', 'Warning signs, self-talk and taking time out', 1, 1.875),
    (5, 'Physical violence', 'The impact of physical violence on partners', 1, 1.875),
    (6, 'Physical violence', 'The impact of violence on children', 1, 1.875),
    (7, 'Sexual violence', 'Sexual respect and consent', 1, 1.875),
    (8, 'Sexual violence', 'Sexual violence and coercion in relationships', 1, 1.875),
    (9, 'Sexual violence', 'The impact of sexual abuse', 1, 1.875),
    (10, 'Responsibility', 'Denial, minimisation and blame', 1, 1.875),
    (11, 'Responsibility', 'Accountability: a safety plan of his own', 1, 1.875),
    (12, 'Emotional abuse', 'Emotional abuse and its effects', 2, 1.875),
    (13, 'Emotional abuse', 'Jealousy, possessiveness and control', 2, 1.875),
    (14, 'Emotional abuse', 'Isolation and surveillance, including online', 2, 1.875),
    (15, 'Emotional abuse', 'Economic abuse', 2, 1.875),
    (16, 'Emotional abuse', 'Threats, intimidation and using the children', 2, 1.875),
    (17, 'Parenting', 'Children''s experience of domestic abuse', 2, 1.875),
    (18, 'Parenting', 'Being a safe father', 2, 1.875),
    (19, 'Parenting', 'Parenting after separation and child contact', 2, 1.875),
    (20, 'Parenting', 'Respectful co-parenting', 2, 1.875),
    (21, 'Relationship skills', 'Respectful communication', 2, 1.875),
    (22, 'Relationship skills', 'Listening and empathy', 2, 1.875),
    (23, 'Relationship skills', 'Negotiation and fairness', 2, 1.875),
    (24, 'Relationship skills', 'Handling conflict without abuse', 2, 1.875),
    (25, 'Relationship skills', 'Trust and support', 2, 1.875),
    (26, 'Relationship skills', 'Respecting her space for action', 2, 1.875),
    (27, 'Beliefs and values', 'Beliefs about men, women and entitlement', 2, 1.875),
    (28, 'Beliefs and values', 'Alcohol, drugs and responsibility', 2, 1.875),
    (29, 'Beliefs and values', 'Stress, feelings and self-care', 2, 1.875),
    (30, 'Moving on', 'Relapse prevention: his warning signs', 2, 1.875),
    (31, 'Moving on', 'Review of learning and a plan for the future', 2, 1.875),
    (32, 'Moving on', 'Ending well: completion', 2, 1.875)
) AS s (position, module, title, stage, hours)
WHERE c.is_default;

CREATE TABLE programme_group (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    area_id              BIGINT       NOT NULL REFERENCES area (id),
    name                 VARCHAR(120) NOT NULL,
    curriculum_id        BIGINT       NOT NULL REFERENCES curriculum (id),
    individual           BOOLEAN      NOT NULL DEFAULT FALSE,
    capacity             INTEGER      NOT NULL DEFAULT 12 CHECK (capacity BETWEEN 1 AND 30),
    intake_every_weeks   INTEGER      NOT NULL DEFAULT 6 CHECK (intake_every_weeks BETWEEN 1 AND 52),
    first_session_on     DATE         NOT NULL,
    weekday              SMALLINT     NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts_at            TIME         NOT NULL,
    venue                VARCHAR(200),
    facilitators         VARCHAR(300),
    absence_limit        INTEGER      NOT NULL DEFAULT 3 CHECK (absence_limit BETWEEN 1 AND 10),
    created_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version              INTEGER      NOT NULL DEFAULT 0,
    UNIQUE (area_id, name)
);
COMMENT ON TABLE programme_group IS 'A rolling group (or a worker''s individual work) running a curriculum week by week.';
COMMENT ON COLUMN programme_group.id IS '[open] surrogate key';
COMMENT ON COLUMN programme_group.area_id IS '[open] the area it serves';
COMMENT ON COLUMN programme_group.name IS '[open] its name, e.g. Tuesday evening group';
COMMENT ON COLUMN programme_group.curriculum_id IS '[open] the curriculum it runs';
COMMENT ON COLUMN programme_group.individual IS '[open] individual work with one man rather than a group';
COMMENT ON COLUMN programme_group.capacity IS '[open] how many men it takes, about 12';
COMMENT ON COLUMN programme_group.intake_every_weeks IS '[open] weeks between intake points, usually 6';
COMMENT ON COLUMN programme_group.first_session_on IS '[open] the date of its first session, also its first intake point';
COMMENT ON COLUMN programme_group.weekday IS '[open] the day it meets, 1 Monday to 7 Sunday';
COMMENT ON COLUMN programme_group.starts_at IS '[open] the time it starts';
COMMENT ON COLUMN programme_group.venue IS '[open] where it meets';
COMMENT ON COLUMN programme_group.facilitators IS '[open] its facilitators, usually a man and a woman';
COMMENT ON COLUMN programme_group.absence_limit IS '[open] absences without reason in a row that prompt a review';
COMMENT ON COLUMN programme_group.created_at IS '[open] when it was set up';
COMMENT ON COLUMN programme_group.version IS '[open] optimistic-locking version';

CREATE TABLE enrolment (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id        BIGINT       NOT NULL REFERENCES referral (id),
    group_id           BIGINT       NOT NULL REFERENCES programme_group (id),
    intake_on          DATE         NOT NULL,
    status             VARCHAR(20)  NOT NULL
        CONSTRAINT enrolment_status_known CHECK (status IN ('WAITING', 'ATTENDING', 'SUSPENDED', 'EXITED', 'COMPLETED')),
    status_reason      VARCHAR(300),
    status_changed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    with_interpreter   BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by         VARCHAR(80)  NOT NULL,
    version            INTEGER      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX enrolment_one_live_per_case ON enrolment (referral_id)
    WHERE status IN ('WAITING', 'ATTENDING', 'SUSPENDED');
CREATE INDEX enrolment_group ON enrolment (group_id, status);
COMMENT ON TABLE enrolment IS 'A man''s place in a group (or individual work), from his intake point on.';
COMMENT ON COLUMN enrolment.id IS '[open] surrogate key';
COMMENT ON COLUMN enrolment.referral_id IS '[open] the case';
COMMENT ON COLUMN enrolment.group_id IS '[open] the group';
COMMENT ON COLUMN enrolment.intake_on IS '[open] the intake point he joins at';
COMMENT ON COLUMN enrolment.status IS '[open] waiting to start, attending, suspended, exited or completed';
COMMENT ON COLUMN enrolment.status_reason IS '[open] why his status last changed';
COMMENT ON COLUMN enrolment.status_changed_at IS '[open] when it last changed';
COMMENT ON COLUMN enrolment.with_interpreter IS '[open] sessions need an interpreter';
COMMENT ON COLUMN enrolment.created_at IS '[open] when he was enrolled';
COMMENT ON COLUMN enrolment.created_by IS '[open] who enrolled him';
COMMENT ON COLUMN enrolment.version IS '[open] optimistic-locking version';

CREATE TABLE group_session (
    id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id               BIGINT       NOT NULL REFERENCES programme_group (id),
    curriculum_session_id  BIGINT       NOT NULL REFERENCES curriculum_session (id),
    held_on                DATE         NOT NULL,
    facilitators           VARCHAR(300),
    recorded_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    recorded_by            VARCHAR(80)  NOT NULL,
    UNIQUE (group_id, held_on)
);
COMMENT ON TABLE group_session IS 'One meeting of a group, delivering one curriculum session.';
COMMENT ON COLUMN group_session.id IS '[open] surrogate key';
COMMENT ON COLUMN group_session.group_id IS '[open] the group';
COMMENT ON COLUMN group_session.curriculum_session_id IS '[open] the curriculum session delivered';
COMMENT ON COLUMN group_session.held_on IS '[open] the date';
COMMENT ON COLUMN group_session.facilitators IS '[open] who facilitated';
COMMENT ON COLUMN group_session.recorded_at IS '[open] when it was recorded';
COMMENT ON COLUMN group_session.recorded_by IS '[open] who recorded it';

CREATE TABLE attendance (
    group_session_id   BIGINT       NOT NULL REFERENCES group_session (id),
    enrolment_id       BIGINT       NOT NULL REFERENCES enrolment (id),
    mark               VARCHAR(30)  NOT NULL
        CONSTRAINT attendance_mark_known CHECK (mark IN ('ATTENDED', 'LATE', 'ABSENT_WITH_REASON', 'ABSENT_WITHOUT_REASON')),
    absence_reason     VARCHAR(300),
    disclosure         VARCHAR(10)  NOT NULL DEFAULT 'NONE'
        CONSTRAINT attendance_disclosure_known CHECK (disclosure IN ('NONE', 'DISCLOSED')),
    disclosure_detail  TEXT,
    blame              SMALLINT     CHECK (blame BETWEEN 1 AND 5),
    minimisation       SMALLINT     CHECK (minimisation BETWEEN 1 AND 5),
    denial             SMALLINT     CHECK (denial BETWEEN 1 AND 5),
    facilitator_notes  TEXT,
    PRIMARY KEY (group_session_id, enrolment_id)
);
CREATE INDEX attendance_enrolment ON attendance (enrolment_id);
COMMENT ON TABLE attendance IS 'One man at one session: attendance, his disclosure of violence or abuse in the last week, and his use of blame, minimisation and denial.';
COMMENT ON COLUMN attendance.group_session_id IS '[open] the session';
COMMENT ON COLUMN attendance.enrolment_id IS '[open] his enrolment';
COMMENT ON COLUMN attendance.mark IS '[open] attended, late, absent with reason or absent without reason';
COMMENT ON COLUMN attendance.absence_reason IS '[open] the reason he gave for being absent';
COMMENT ON COLUMN attendance.disclosure IS '[open] whether he disclosed violence or abuse in the last week';
COMMENT ON COLUMN attendance.disclosure_detail IS '[open] what he disclosed, in the facilitator''s words';
COMMENT ON COLUMN attendance.blame IS '[open] his use of blame, 1 (none) to 5 (high)';
COMMENT ON COLUMN attendance.minimisation IS '[open] his use of minimisation, 1 (none) to 5 (high)';
COMMENT ON COLUMN attendance.denial IS '[open] his use of denial, 1 (none) to 5 (high)';
COMMENT ON COLUMN attendance.facilitator_notes IS '[open] the facilitators'' notes on him at this session';

CREATE TABLE programme_review (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enrolment_id  BIGINT       NOT NULL REFERENCES enrolment (id),
    kind          VARCHAR(20)  NOT NULL
        CONSTRAINT programme_review_kind_known CHECK (kind IN ('WEEK_12', 'COMPLETION', 'ABSENCES')),
    reason        VARCHAR(300) NOT NULL,
    due_on        DATE         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    done_on       DATE,
    done_by       VARCHAR(80),
    outcome       TEXT,
    version       INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX programme_review_open ON programme_review (due_on) WHERE done_on IS NULL;
CREATE UNIQUE INDEX programme_review_one_open_kind ON programme_review (enrolment_id, kind) WHERE done_on IS NULL;
COMMENT ON TABLE programme_review IS 'A review of a man''s progress: at week 12, at completion, or when absences reach the limit.';
COMMENT ON COLUMN programme_review.id IS '[open] surrogate key';
COMMENT ON COLUMN programme_review.enrolment_id IS '[open] his enrolment';
COMMENT ON COLUMN programme_review.kind IS '[open] week 12, completion, or absences reaching the limit';
COMMENT ON COLUMN programme_review.reason IS '[open] why it is due';
COMMENT ON COLUMN programme_review.due_on IS '[open] when it is due';
COMMENT ON COLUMN programme_review.created_at IS '[open] when it was created';
COMMENT ON COLUMN programme_review.done_on IS '[open] when it was held';
COMMENT ON COLUMN programme_review.done_by IS '[open] who held it';
COMMENT ON COLUMN programme_review.outcome IS '[open] what it decided';
COMMENT ON COLUMN programme_review.version IS '[open] optimistic-locking version';

ALTER TABLE risk_report ADD COLUMN enrolment_id BIGINT REFERENCES enrolment (id);
COMMENT ON COLUMN risk_report.enrolment_id IS '[open] for an update report, the enrolment whose progress it reports';
