-- Subject access: each disclosure prepared for one person on a case, its request, its release and
-- what was released. What was released is kept as the list of its sections with their counts and a
-- SHA-256 of the bundle, never as a second copy of the personal data: a released bundle is made
-- again from the record and checked against the hash.
CREATE TABLE subject_access (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id    BIGINT       NOT NULL REFERENCES referral (id),
    subject_kind   VARCHAR(10)  NOT NULL
        CONSTRAINT subject_access_kind_known CHECK (subject_kind IN ('MAN', 'PARTNER', 'CHILD')),
    subject_id     BIGINT,
    requested_by   VARCHAR(10)  NOT NULL
        CONSTRAINT subject_access_requested_by_known
            CHECK (requested_by IN ('SELF', 'PARENT', 'REPRESENTATIVE')),
    received_on    DATE         NOT NULL,
    requester      VARCHAR(300) NOT NULL,
    prepared_by    VARCHAR(80)  NOT NULL,
    prepared_at    TIMESTAMPTZ  NOT NULL,
    released_by    VARCHAR(80),
    released_at    TIMESTAMPTZ,
    released_sections TEXT,
    released_sha256 CHAR(64),
    version        INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT subject_access_man_has_no_id CHECK ((subject_kind = 'MAN') = (subject_id IS NULL)),
    CONSTRAINT subject_access_parent_for_child CHECK (requested_by <> 'PARENT' OR subject_kind = 'CHILD'),
    CONSTRAINT subject_access_released_whole CHECK (
        (released_at IS NULL) = (released_by IS NULL)
        AND (released_at IS NULL) = (released_sha256 IS NULL)
        AND (released_at IS NULL) = (released_sections IS NULL))
);
CREATE INDEX subject_access_case ON subject_access (referral_id, prepared_at DESC);
COMMENT ON TABLE subject_access IS '[open] Each subject access disclosure: for whom on which case, on what request, who prepared and released it, and what was released (sections and a hash, not the data).';
COMMENT ON COLUMN subject_access.id IS '[open] surrogate key';
COMMENT ON COLUMN subject_access.referral_id IS '[open] the case the disclosure is drawn from';
COMMENT ON COLUMN subject_access.subject_kind IS '[open] whose data: MAN (the man referred), PARTNER or CHILD';
COMMENT ON COLUMN subject_access.subject_id IS '[open] the partner''s or child''s id; null for the man';
COMMENT ON COLUMN subject_access.requested_by IS '[open] who asked: SELF (the person), PARENT (for a child) or REPRESENTATIVE (someone acting for them)';
COMMENT ON COLUMN subject_access.received_on IS '[open] the date the request was received, from which the one-month time limit runs';
COMMENT ON COLUMN subject_access.requester IS '[wall] the requester as the manager described them (who asked and how); may name her or her representative';
COMMENT ON COLUMN subject_access.prepared_by IS '[open] who prepared the disclosure';
COMMENT ON COLUMN subject_access.prepared_at IS '[open] when it was prepared';
COMMENT ON COLUMN subject_access.released_by IS '[open] who released it after review; null until released';
COMMENT ON COLUMN subject_access.released_at IS '[open] when it was released';
COMMENT ON COLUMN subject_access.released_sections IS '[open] what was released: each section with its count of items, one a line; never the items themselves';
COMMENT ON COLUMN subject_access.released_sha256 IS '[open] SHA-256 of the released bundle''s JSON content, to check a copy made again from the record';
COMMENT ON COLUMN subject_access.version IS '[open] optimistic-locking version';
