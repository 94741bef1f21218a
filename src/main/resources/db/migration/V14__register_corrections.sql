-- The facilitator's register, corrected after the fact. The attendance row always holds the mark
-- as it stands now, so that every report view reads the corrected mark; each correction keeps
-- what it replaced, who made it, when and why, so the register's history is never lost. The
-- original entry is the "replaced" values of the first correction, recorded by the session's
-- recorder (group_session.recorded_by, recorded_at).

ALTER TABLE attendance ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
COMMENT ON COLUMN attendance.version IS '[open] optimistic-locking version: each correction adds one';

CREATE TABLE attendance_correction (
    id                          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_session_id            BIGINT       NOT NULL,
    enrolment_id                BIGINT       NOT NULL,
    replaced_mark               VARCHAR(30)  NOT NULL
        CONSTRAINT attendance_correction_mark_known CHECK (replaced_mark IN ('ATTENDED', 'LATE', 'ABSENT_WITH_REASON', 'ABSENT_WITHOUT_REASON')),
    replaced_absence_reason     VARCHAR(300),
    replaced_disclosure         VARCHAR(10)  NOT NULL
        CONSTRAINT attendance_correction_disclosure_known CHECK (replaced_disclosure IN ('NONE', 'DISCLOSED')),
    replaced_disclosure_detail  TEXT,
    replaced_blame              SMALLINT,
    replaced_minimisation       SMALLINT,
    replaced_denial             SMALLINT,
    replaced_notes              TEXT,
    reason                      VARCHAR(500) NOT NULL CHECK (length(trim(reason)) > 0),
    corrected_by                VARCHAR(80)  NOT NULL,
    corrected_at                TIMESTAMPTZ  NOT NULL,
    FOREIGN KEY (group_session_id, enrolment_id) REFERENCES attendance (group_session_id, enrolment_id)
);
CREATE INDEX attendance_correction_entry ON attendance_correction (group_session_id, enrolment_id, id);
COMMENT ON TABLE attendance_correction IS 'A correction of one man''s entry in a group session''s register: what it replaced, who corrected it, when and why. Oldest first by id.';
COMMENT ON COLUMN attendance_correction.id IS '[open] surrogate key; the order of the corrections';
COMMENT ON COLUMN attendance_correction.group_session_id IS '[open] the session';
COMMENT ON COLUMN attendance_correction.enrolment_id IS '[open] his enrolment';
COMMENT ON COLUMN attendance_correction.replaced_mark IS '[open] the mark before this correction';
COMMENT ON COLUMN attendance_correction.replaced_absence_reason IS '[open] the absence reason before this correction';
COMMENT ON COLUMN attendance_correction.replaced_disclosure IS '[open] whether a disclosure was recorded before this correction';
COMMENT ON COLUMN attendance_correction.replaced_disclosure_detail IS '[open] what he disclosed, as recorded before this correction';
COMMENT ON COLUMN attendance_correction.replaced_blame IS '[open] his use of blame, 1 to 5, before this correction';
COMMENT ON COLUMN attendance_correction.replaced_minimisation IS '[open] his use of minimisation, 1 to 5, before this correction';
COMMENT ON COLUMN attendance_correction.replaced_denial IS '[open] his use of denial, 1 to 5, before this correction';
COMMENT ON COLUMN attendance_correction.replaced_notes IS '[open] the facilitators'' notes before this correction';
COMMENT ON COLUMN attendance_correction.reason IS '[open] why the entry was corrected';
COMMENT ON COLUMN attendance_correction.corrected_by IS '[open] who corrected it';
COMMENT ON COLUMN attendance_correction.corrected_at IS '[open] when it was corrected';
