-- Outcomes: historical case tables imported from a service's spreadsheets, cases an evaluator
-- marks as no longer involved (with a reason, so anyone can reproduce a figure), the live status a
-- worker sets when the service is no longer involved with a case, and the secret behind the
-- national dataset's stable pseudonyms.
-- Every column is marked [open] or [wall] as in V1.

CREATE TABLE historical_import (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    area_id      BIGINT       NOT NULL REFERENCES area (id),
    file_name    VARCHAR(200),
    case_count   INTEGER      NOT NULL CHECK (case_count >= 0),
    imported_by  VARCHAR(80)  NOT NULL,
    imported_at  TIMESTAMPTZ  NOT NULL
);
COMMENT ON TABLE historical_import IS 'One accepted upload of a historical outcome table into an area.';
COMMENT ON COLUMN historical_import.id IS '[open] surrogate key';
COMMENT ON COLUMN historical_import.area_id IS '[open] the area the cases were imported into';
COMMENT ON COLUMN historical_import.file_name IS '[open] the uploaded file''s name, if it had one';
COMMENT ON COLUMN historical_import.case_count IS '[open] how many cases it brought in';
COMMENT ON COLUMN historical_import.imported_by IS '[open] who imported it';
COMMENT ON COLUMN historical_import.imported_at IS '[open] when';

-- One row of a historical table. The values are kept as written beside what Tandem read from them,
-- so a figure can always be traced back to the published cell.
CREATE TABLE historical_case (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    import_id             BIGINT       NOT NULL REFERENCES historical_import (id),
    area_id               BIGINT       NOT NULL REFERENCES area (id),
    row_number            INTEGER      NOT NULL,
    case_code             VARCHAR(20)  NOT NULL,
    referral_source       VARCHAR(40)  NOT NULL,
    police_evidence       VARCHAR(20)  NOT NULL,
    police_evidence_kind  VARCHAR(10)  NOT NULL
        CONSTRAINT historical_case_police_evidence_known CHECK (police_evidence_kind IN ('COUNT', 'AT_LEAST', 'UNCLEAR')),
    police_incidents      INTEGER      CHECK (police_incidents BETWEEN 0 AND 999),
    inventory_violence    VARCHAR(20)  NOT NULL,
    risk_report           BOOLEAN      NOT NULL,
    disclosed_violence    INTEGER      CHECK (disclosed_violence BETWEEN 0 AND 999),
    repeat_evidenced      INTEGER      CHECK (repeat_evidenced BETWEEN 0 AND 999),
    sessions_attended     INTEGER      CHECK (sessions_attended BETWEEN 0 AND 999),
    sessions_completed    BOOLEAN      NOT NULL,
    case_status           VARCHAR(20),
    woman_engaged         BOOLEAN      NOT NULL,
    CONSTRAINT historical_case_code_unique UNIQUE (area_id, case_code)
);
CREATE INDEX historical_case_area ON historical_case (area_id, id);
COMMENT ON TABLE historical_case IS 'A case from a historical outcome table, with its published values.';
COMMENT ON COLUMN historical_case.id IS '[open] surrogate key';
COMMENT ON COLUMN historical_case.import_id IS '[open] the import that brought it in';
COMMENT ON COLUMN historical_case.area_id IS '[open] the area';
COMMENT ON COLUMN historical_case.row_number IS '[open] its row in the imported file (the header is row 1)';
COMMENT ON COLUMN historical_case.case_code IS '[open] the service''s case code as published, e.g. B&D1';
COMMENT ON COLUMN historical_case.referral_source IS '[open] who referred, as written, e.g. CS';
COMMENT ON COLUMN historical_case.police_evidence IS '[open] incidents evidenced before assessment, as written: a number, N+ or Unclear';
COMMENT ON COLUMN historical_case.police_evidence_kind IS '[open] whether that was an exact count, at least a count, or unclear';
COMMENT ON COLUMN historical_case.police_incidents IS '[open] the number written, for a count or at least a count';
COMMENT ON COLUMN historical_case.inventory_violence IS '[open] violence he disclosed at assessment, as written: a number or a band';
COMMENT ON COLUMN historical_case.risk_report IS '[open] whether a risk identification report went to the referrer';
COMMENT ON COLUMN historical_case.disclosed_violence IS '[open] incidents disclosed during the intervention; null when not known (N/K)';
COMMENT ON COLUMN historical_case.repeat_evidenced IS '[open] repeat incidents evidenced during the intervention; null when not known (N/K)';
COMMENT ON COLUMN historical_case.sessions_attended IS '[open] programme sessions attended; null when written as completed';
COMMENT ON COLUMN historical_case.sessions_completed IS '[open] whether the sessions column said completed';
COMMENT ON COLUMN historical_case.case_status IS '[open] the outcome code as written, e.g. DR, non-mol; null when blank';
COMMENT ON COLUMN historical_case.woman_engaged IS '[wall] whether his partner engaged with partner support';

-- An evaluator's mark that the service is no longer involved with a case, so that its incidents
-- leave the repeat-victimisation figure. Marks are withdrawn, never deleted.
CREATE TABLE outcome_exclusion (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    area_id             BIGINT       NOT NULL REFERENCES area (id),
    historical_case_id  BIGINT       REFERENCES historical_case (id),
    referral_id         BIGINT       REFERENCES referral (id),
    reason              VARCHAR(300) NOT NULL,
    marked_by           VARCHAR(80)  NOT NULL,
    marked_at           TIMESTAMPTZ  NOT NULL,
    withdrawn_by        VARCHAR(80),
    withdrawn_at        TIMESTAMPTZ,
    CONSTRAINT outcome_exclusion_one_case CHECK ((historical_case_id IS NULL) <> (referral_id IS NULL))
);
CREATE UNIQUE INDEX outcome_exclusion_one_live_historical ON outcome_exclusion (historical_case_id)
    WHERE withdrawn_at IS NULL AND historical_case_id IS NOT NULL;
CREATE UNIQUE INDEX outcome_exclusion_one_live_referral ON outcome_exclusion (referral_id)
    WHERE withdrawn_at IS NULL AND referral_id IS NOT NULL;
CREATE INDEX outcome_exclusion_area ON outcome_exclusion (area_id);
COMMENT ON TABLE outcome_exclusion IS 'An evaluator''s mark that the service is no longer involved with a case, with the reason.';
COMMENT ON COLUMN outcome_exclusion.id IS '[open] surrogate key';
COMMENT ON COLUMN outcome_exclusion.area_id IS '[open] the case''s area';
COMMENT ON COLUMN outcome_exclusion.historical_case_id IS '[open] the historical case marked, if it is one';
COMMENT ON COLUMN outcome_exclusion.referral_id IS '[open] the live case marked, if it is one';
COMMENT ON COLUMN outcome_exclusion.reason IS '[open] why the service is no longer involved, as the evaluator put it';
COMMENT ON COLUMN outcome_exclusion.marked_by IS '[open] who marked it';
COMMENT ON COLUMN outcome_exclusion.marked_at IS '[open] when';
COMMENT ON COLUMN outcome_exclusion.withdrawn_by IS '[open] who withdrew the mark';
COMMENT ON COLUMN outcome_exclusion.withdrawn_at IS '[open] when the mark was withdrawn';

-- In live data the worker records that the service is no longer involved with a case.
ALTER TABLE referral
    ADD COLUMN involvement_ended_on      DATE,
    ADD COLUMN involvement_ended_reason  VARCHAR(300),
    ADD COLUMN involvement_ended_by      VARCHAR(80);
COMMENT ON COLUMN referral.involvement_ended_on IS '[open] the date the service stopped being involved with the case';
COMMENT ON COLUMN referral.involvement_ended_reason IS '[open] why, as the worker put it (never where she is)';
COMMENT ON COLUMN referral.involvement_ended_by IS '[open] who recorded it';

-- The key behind the national dataset's pseudonyms: a pseudonym is an HMAC of the case reference
-- under this key, so it is stable from one export to the next and cannot be turned back into a
-- reference without the key, which never leaves the database.
CREATE TABLE dataset_key (
    id      INTEGER      PRIMARY KEY CHECK (id = 1),
    secret  VARCHAR(80)  NOT NULL
);
INSERT INTO dataset_key (id, secret) VALUES (1, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
COMMENT ON TABLE dataset_key IS 'The secret that makes national-dataset pseudonyms stable and irreversible.';
COMMENT ON COLUMN dataset_key.id IS '[open] always 1';
COMMENT ON COLUMN dataset_key.secret IS '[open] random key for the pseudonym HMAC; never shown or exported';
