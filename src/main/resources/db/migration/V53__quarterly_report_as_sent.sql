-- The quarterly area report as sent: each version a manager signs off, frozen. A commissioner opens
-- what was signed, never a recomputation, so a case corrected afterwards cannot change the figures
-- that were sent; a correction is a new version beside the old, which stays.
CREATE TABLE sent_area_report (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    area_id           BIGINT        NOT NULL REFERENCES area (id),
    quarter           VARCHAR(7)    NOT NULL
        CONSTRAINT sent_area_report_quarter_known CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$'),
    version           INTEGER       NOT NULL CONSTRAINT sent_area_report_version_from_one CHECK (version >= 1),
    signed_off_by     VARCHAR(80)   NOT NULL,
    signed_off_name   VARCHAR(200)  NOT NULL,
    signed_off_role   VARCHAR(40)   NOT NULL,
    signed_off_at     TIMESTAMPTZ   NOT NULL,
    notes             VARCHAR(4000),
    correction_reason VARCHAR(2000),
    figures_json      TEXT          NOT NULL,
    figures_sha256    CHAR(64)      NOT NULL,
    pdf               BYTEA         NOT NULL,
    pdf_sha256        CHAR(64)      NOT NULL,
    xlsx              BYTEA         NOT NULL,
    xlsx_sha256       CHAR(64)      NOT NULL,
    -- Two managers signing the same quarter at once: the second to commit is refused here.
    CONSTRAINT sent_area_report_one_per_version UNIQUE (area_id, quarter, version),
    CONSTRAINT sent_area_report_correction_has_reason
        CHECK (version = 1 OR length(trim(correction_reason)) > 0)
);
COMMENT ON TABLE sent_area_report IS 'Each signed-off version of an area''s quarterly report, frozen as sent: its figures, PDF and spreadsheet with a SHA-256 of each. Append-only: the database refuses UPDATE, DELETE and TRUNCATE.';
COMMENT ON COLUMN sent_area_report.id IS '[open] surrogate key';
COMMENT ON COLUMN sent_area_report.area_id IS '[open] the commissioning area the report is of';
COMMENT ON COLUMN sent_area_report.quarter IS '[open] the quarter, e.g. 2026-Q3';
COMMENT ON COLUMN sent_area_report.version IS '[open] 1 for the report first sent, then one more for each correction; the highest is current, the others superseded';
COMMENT ON COLUMN sent_area_report.signed_off_by IS '[open] the username of the manager who signed it off';
COMMENT ON COLUMN sent_area_report.signed_off_name IS '[open] that manager''s name as it was when they signed';
COMMENT ON COLUMN sent_area_report.signed_off_role IS '[open] the role they signed in, e.g. SERVICE_MANAGER';
COMMENT ON COLUMN sent_area_report.signed_off_at IS '[open] when it was signed off';
COMMENT ON COLUMN sent_area_report.notes IS '[open] the manager''s notes to the commissioner, e.g. explaining a figure; aggregate words, never about one person';
COMMENT ON COLUMN sent_area_report.correction_reason IS '[open] why a corrected version was sent; empty for version 1';
COMMENT ON COLUMN sent_area_report.figures_json IS '[open] the report''s figures as the API gave them at sign-off (already suppressed)';
COMMENT ON COLUMN sent_area_report.figures_sha256 IS '[open] SHA-256 of figures_json in UTF-8, in hex';
COMMENT ON COLUMN sent_area_report.pdf IS '[open] the PDF as signed, byte for byte (already suppressed)';
COMMENT ON COLUMN sent_area_report.pdf_sha256 IS '[open] SHA-256 of the PDF, in hex';
COMMENT ON COLUMN sent_area_report.xlsx IS '[open] the spreadsheet as signed, byte for byte (already suppressed)';
COMMENT ON COLUMN sent_area_report.xlsx_sha256 IS '[open] SHA-256 of the spreadsheet, in hex';

CREATE FUNCTION sent_area_report_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'sent_area_report is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER sent_area_report_no_update_or_delete
    BEFORE UPDATE OR DELETE ON sent_area_report
    FOR EACH ROW EXECUTE FUNCTION sent_area_report_is_append_only();
CREATE TRIGGER sent_area_report_no_truncate
    BEFORE TRUNCATE ON sent_area_report
    FOR EACH STATEMENT EXECUTE FUNCTION sent_area_report_is_append_only();

-- As for the audit trail (V48): whatever rights the application's user was given by default on
-- every table (docs/deploy.md), only the owner may change what was sent. The owner may turn the
-- triggers off; the application, running as another user, may not.
DO $$
DECLARE
    grantee text;
BEGIN
    REVOKE UPDATE, DELETE, TRUNCATE ON sent_area_report FROM PUBLIC;
    FOR grantee IN
        SELECT DISTINCT a.grantee::regrole::text
        FROM pg_class c, aclexplode(c.relacl) a
        WHERE c.oid = to_regclass('sent_area_report') AND a.grantee <> 0 AND a.grantee <> c.relowner
    LOOP
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON sent_area_report FROM %s', grantee);
    END LOOP;
END;
$$;
