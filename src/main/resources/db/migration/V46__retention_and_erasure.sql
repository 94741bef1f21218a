-- Retention and erasure (issue 17 §3): the schedule the service sets, legal holds that stop it,
-- and the mark an anonymised case carries. The anonymiser blanks names, contact details and free
-- text and keeps the coded facts every published figure is counted from.

CREATE TABLE retention_schedule (
    id                    INTEGER      PRIMARY KEY CHECK (id = 1),
    closed_case_years     INTEGER      NOT NULL CHECK (closed_case_years BETWEEN 1 AND 100),
    youngest_child_age    INTEGER      NOT NULL CHECK (youngest_child_age BETWEEN 18 AND 100),
    not_taken_up_years    INTEGER      NOT NULL CHECK (not_taken_up_years BETWEEN 1 AND 100),
    version               INTEGER      NOT NULL DEFAULT 0,
    changed_by            VARCHAR(80),
    changed_at            TIMESTAMPTZ
);
-- The defaults and their sources are on the schedule page and in docs/data-protection.md.
INSERT INTO retention_schedule (id, closed_case_years, youngest_child_age, not_taken_up_years)
VALUES (1, 6, 25, 2);
COMMENT ON TABLE retention_schedule IS '[open] how long the service keeps a case before it is anonymised: one row';
COMMENT ON COLUMN retention_schedule.id IS '[open] always 1: there is one schedule';
COMMENT ON COLUMN retention_schedule.closed_case_years IS '[open] years after closure a closed case is kept';
COMMENT ON COLUMN retention_schedule.youngest_child_age IS '[open] a case with children is kept until its youngest child reaches this age';
COMMENT ON COLUMN retention_schedule.not_taken_up_years IS '[open] years after referral a referral not taken up is kept';
COMMENT ON COLUMN retention_schedule.version IS '[open] optimistic-locking version';
COMMENT ON COLUMN retention_schedule.changed_by IS '[open] who last changed it';
COMMENT ON COLUMN retention_schedule.changed_at IS '[open] when it was last changed';

CREATE TABLE legal_hold (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id    BIGINT        NOT NULL REFERENCES referral (id),
    reason         VARCHAR(500)  NOT NULL,
    placed_by      VARCHAR(80)   NOT NULL,
    placed_at      TIMESTAMPTZ   NOT NULL,
    lifted_reason  VARCHAR(500),
    lifted_by      VARCHAR(80),
    lifted_at      TIMESTAMPTZ,
    -- A lifted hold's reason may be blanked when the case is anonymised; an open hold has none.
    CONSTRAINT legal_hold_lifted_whole CHECK ((lifted_at IS NULL) = (lifted_by IS NULL)
        AND (lifted_at IS NOT NULL OR lifted_reason IS NULL))
);
-- A case has at most one hold in force.
CREATE UNIQUE INDEX legal_hold_in_force ON legal_hold (referral_id) WHERE lifted_at IS NULL;
COMMENT ON TABLE legal_hold IS '[open] a hold on a case that stops its anonymisation, e.g. for proceedings or an inquiry';
COMMENT ON COLUMN legal_hold.id IS '[open] surrogate key';
COMMENT ON COLUMN legal_hold.referral_id IS '[open] the case held';
COMMENT ON COLUMN legal_hold.reason IS '[open] why it is held, in the manager''s words';
COMMENT ON COLUMN legal_hold.placed_by IS '[open] who placed it';
COMMENT ON COLUMN legal_hold.placed_at IS '[open] when it was placed';
COMMENT ON COLUMN legal_hold.lifted_reason IS '[open] why it was lifted';
COMMENT ON COLUMN legal_hold.lifted_by IS '[open] who lifted it';
COMMENT ON COLUMN legal_hold.lifted_at IS '[open] when it was lifted; null while it is in force';

CREATE TABLE case_anonymised (
    referral_id    BIGINT       PRIMARY KEY REFERENCES referral (id),
    rule           VARCHAR(20)  NOT NULL CHECK (rule IN ('CLOSED_CASE', 'CHILDREN', 'NOT_TAKEN_UP')),
    due_on         DATE         NOT NULL,
    anonymised_at  TIMESTAMPTZ  NOT NULL
);
COMMENT ON TABLE case_anonymised IS '[open] a case whose personal data the retention job has removed';
COMMENT ON COLUMN case_anonymised.referral_id IS '[open] the case';
COMMENT ON COLUMN case_anonymised.rule IS '[open] the schedule''s rule it passed: closed case, children''s records or not taken up';
COMMENT ON COLUMN case_anonymised.due_on IS '[open] the date the rule made it due';
COMMENT ON COLUMN case_anonymised.anonymised_at IS '[open] when it was anonymised';

-- Notes and their corrections are never changed (V36). The one change allowed is the
-- anonymiser's: it sets the mark and blanks exactly the text columns named in the trigger's
-- arguments to the placeholder, touching nothing else, once. An ordinary edit is still refused.
ALTER TABLE case_note ADD COLUMN anonymised BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE case_note_amendment ADD COLUMN anonymised BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE partner_note ADD COLUMN anonymised BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE partner_note_amendment ADD COLUMN anonymised BOOLEAN NOT NULL DEFAULT FALSE;
COMMENT ON COLUMN case_note.anonymised IS '[open] its text was removed under the retention schedule';
COMMENT ON COLUMN case_note_amendment.anonymised IS '[open] its text was removed under the retention schedule';
COMMENT ON COLUMN partner_note.anonymised IS '[open] its text was removed under the retention schedule';
COMMENT ON COLUMN partner_note_amendment.anonymised IS '[open] its text was removed under the retention schedule';

CREATE OR REPLACE FUNCTION note_is_never_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    blanked TEXT[] := TG_ARGV;
    kept_before JSONB := to_jsonb(OLD) - 'anonymised' - blanked;
    kept_after JSONB := to_jsonb(NEW) - 'anonymised' - blanked;
    column_name TEXT;
BEGIN
    IF cardinality(blanked) > 0 AND NOT OLD.anonymised AND NEW.anonymised
            AND kept_before = kept_after THEN
        FOREACH column_name IN ARRAY blanked LOOP
            IF to_jsonb(NEW) ->> column_name IS DISTINCT FROM '[anonymised]' THEN
                RAISE EXCEPTION '% is never changed: anonymising only blanks its text', TG_TABLE_NAME
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END LOOP;
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '% is never changed: a correction is a new amendment', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
DROP TRIGGER case_note_never_changed ON case_note;
DROP TRIGGER case_note_amendment_never_changed ON case_note_amendment;
DROP TRIGGER partner_note_never_changed ON partner_note;
DROP TRIGGER partner_note_amendment_never_changed ON partner_note_amendment;
CREATE TRIGGER case_note_never_changed BEFORE UPDATE ON case_note
    FOR EACH ROW EXECUTE FUNCTION note_is_never_changed('body');
CREATE TRIGGER case_note_amendment_never_changed BEFORE UPDATE ON case_note_amendment
    FOR EACH ROW EXECUTE FUNCTION note_is_never_changed('body', 'reason');
CREATE TRIGGER partner_note_never_changed BEFORE UPDATE ON partner_note
    FOR EACH ROW EXECUTE FUNCTION note_is_never_changed('body');
CREATE TRIGGER partner_note_amendment_never_changed BEFORE UPDATE ON partner_note_amendment
    FOR EACH ROW EXECUTE FUNCTION note_is_never_changed('body', 'reason');
