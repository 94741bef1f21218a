-- Case notes (issue 16): typed, dated notes on his case, and partner-support notes on her record.
-- A note is never changed: a correction is a new amendment row pointing at the note, with who,
-- when and why, so the original and every correction stay readable.
--
-- His notes are [open] like the rest of his case. Her notes are behind the wall: the date, what
-- was written and why it was corrected are [wall]; NotesWallTest plants markers in the text
-- columns and proves the date's routes refuse the perpetrator-facing roles.

CREATE TABLE case_note (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id  BIGINT       NOT NULL REFERENCES referral (id),
    kind         VARCHAR(20)  NOT NULL CHECK (kind IN ('CONTACT', 'THIRD_PARTY', 'SUPERVISION', 'MANAGER')),
    happened_on  DATE         NOT NULL,
    body         TEXT         NOT NULL CHECK (char_length(body) <= 10000),
    restricted   BOOLEAN      NOT NULL,
    recorded_by  VARCHAR(80)  NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX case_note_referral ON case_note (referral_id, happened_on DESC, id DESC);
CREATE INDEX case_note_body_trgm ON case_note USING gin (body gin_trgm_ops);
COMMENT ON TABLE case_note IS '[open] notes on his case, as first written; corrections are amendments';
COMMENT ON COLUMN case_note.id IS '[open] surrogate key';
COMMENT ON COLUMN case_note.referral_id IS '[open] his case';
COMMENT ON COLUMN case_note.kind IS '[open] contact with him, third party, supervision or manager';
COMMENT ON COLUMN case_note.happened_on IS '[open] the date what is noted happened';
COMMENT ON COLUMN case_note.body IS '[open] the note as first written';
COMMENT ON COLUMN case_note.restricted IS '[open] to be reviewed before any disclosure';
COMMENT ON COLUMN case_note.recorded_by IS '[open] username of the author';
COMMENT ON COLUMN case_note.recorded_at IS '[open] when it was recorded';

CREATE TABLE case_note_amendment (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    note_id     BIGINT       NOT NULL REFERENCES case_note (id),
    revision    INT          NOT NULL CHECK (revision > 0),
    body        TEXT         NOT NULL CHECK (char_length(body) <= 10000),
    reason      TEXT         NOT NULL CHECK (char_length(reason) <= 1000),
    amended_by  VARCHAR(80)  NOT NULL,
    amended_at  TIMESTAMPTZ  NOT NULL,
    UNIQUE (note_id, revision)
);
CREATE INDEX case_note_amendment_body_trgm ON case_note_amendment USING gin (body gin_trgm_ops);
COMMENT ON TABLE case_note_amendment IS '[open] corrections of his notes; the newest is the text shown';
COMMENT ON COLUMN case_note_amendment.id IS '[open] surrogate key';
COMMENT ON COLUMN case_note_amendment.note_id IS '[open] the note it corrects';
COMMENT ON COLUMN case_note_amendment.revision IS '[open] 1 for the first correction, and so on: two corrections of the same revision cannot both be saved';
COMMENT ON COLUMN case_note_amendment.body IS '[open] the note''s text as corrected';
COMMENT ON COLUMN case_note_amendment.reason IS '[open] why it was corrected';
COMMENT ON COLUMN case_note_amendment.amended_by IS '[open] username of who corrected it';
COMMENT ON COLUMN case_note_amendment.amended_at IS '[open] when it was corrected';

CREATE TABLE partner_note (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id  BIGINT       NOT NULL REFERENCES referral (id),
    partner_id   BIGINT       NOT NULL REFERENCES partner (id),
    happened_on  DATE         NOT NULL,
    body         TEXT         NOT NULL CHECK (char_length(body) <= 10000),
    restricted   BOOLEAN      NOT NULL,
    recorded_by  VARCHAR(80)  NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX partner_note_partner ON partner_note (partner_id, happened_on DESC, id DESC);
CREATE INDEX partner_note_referral ON partner_note (referral_id);
CREATE INDEX partner_note_body_trgm ON partner_note USING gin (body gin_trgm_ops);
COMMENT ON TABLE partner_note IS '[wall] partner-support notes on her record, as first written';
COMMENT ON COLUMN partner_note.id IS '[open] surrogate key';
COMMENT ON COLUMN partner_note.referral_id IS '[open] the case she is a partner on';
COMMENT ON COLUMN partner_note.partner_id IS '[open] her';
COMMENT ON COLUMN partner_note.happened_on IS '[wall] the date of the contact or work noted';
COMMENT ON COLUMN partner_note.body IS '[wall] the note as first written: may hold what she said';
COMMENT ON COLUMN partner_note.restricted IS '[open] to be reviewed before any disclosure';
COMMENT ON COLUMN partner_note.recorded_by IS '[open] username of the author';
COMMENT ON COLUMN partner_note.recorded_at IS '[open] when it was recorded';

CREATE TABLE partner_note_amendment (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    note_id     BIGINT       NOT NULL REFERENCES partner_note (id),
    revision    INT          NOT NULL CHECK (revision > 0),
    body        TEXT         NOT NULL CHECK (char_length(body) <= 10000),
    reason      TEXT         NOT NULL CHECK (char_length(reason) <= 1000),
    amended_by  VARCHAR(80)  NOT NULL,
    amended_at  TIMESTAMPTZ  NOT NULL,
    UNIQUE (note_id, revision)
);
CREATE INDEX partner_note_amendment_body_trgm ON partner_note_amendment USING gin (body gin_trgm_ops);
COMMENT ON TABLE partner_note_amendment IS '[wall] corrections of her notes; the newest is the text shown';
COMMENT ON COLUMN partner_note_amendment.id IS '[open] surrogate key';
COMMENT ON COLUMN partner_note_amendment.note_id IS '[open] the note it corrects';
COMMENT ON COLUMN partner_note_amendment.revision IS '[open] 1 for the first correction, and so on';
COMMENT ON COLUMN partner_note_amendment.body IS '[wall] the note''s text as corrected: may hold what she said';
COMMENT ON COLUMN partner_note_amendment.reason IS '[wall] why it was corrected, which may quote her';
COMMENT ON COLUMN partner_note_amendment.amended_by IS '[open] username of who corrected it';
COMMENT ON COLUMN partner_note_amendment.amended_at IS '[open] when it was corrected';

-- A second guard for "never an overwrite": the database refuses to change a note or a correction.
CREATE FUNCTION note_is_never_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is never changed: a correction is a new amendment', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER case_note_never_changed BEFORE UPDATE ON case_note
    FOR EACH ROW EXECUTE FUNCTION note_is_never_changed();
CREATE TRIGGER case_note_amendment_never_changed BEFORE UPDATE ON case_note_amendment
    FOR EACH ROW EXECUTE FUNCTION note_is_never_changed();
CREATE TRIGGER partner_note_never_changed BEFORE UPDATE ON partner_note
    FOR EACH ROW EXECUTE FUNCTION note_is_never_changed();
CREATE TRIGGER partner_note_amendment_never_changed BEFORE UPDATE ON partner_note_amendment
    FOR EACH ROW EXECUTE FUNCTION note_is_never_changed();
