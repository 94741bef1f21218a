-- Documents attached to a case: scanned forms, court orders, letters, emails. The file itself is
-- kept in the database with the case (no second store to back up or to forget to erase), with
-- the kind read from its content on upload. His and a child's documents are in case_document;
-- hers are in partner_document, behind the wall, so no query for his side can reach them.

CREATE TABLE case_document (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id    BIGINT       NOT NULL REFERENCES referral (id),
    child_id       BIGINT       REFERENCES child (id),
    title          VARCHAR(200) NOT NULL,
    document_type  VARCHAR(20)  NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    media_type     VARCHAR(100) NOT NULL,
    size_bytes     INTEGER      NOT NULL,
    content        BYTEA        NOT NULL,
    uploaded_by    VARCHAR(80)  NOT NULL,
    uploaded_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT case_document_type_known CHECK (document_type IN
        ('SCANNED_FORM', 'COURT_ORDER', 'LETTER', 'EMAIL', 'SAFETY_PLAN', 'OTHER')),
    CONSTRAINT case_document_not_empty CHECK (size_bytes > 0)
);
-- His documents (child_id null) and each child's, newest first, a page at a time.
CREATE INDEX case_document_by_case ON case_document (referral_id, child_id, uploaded_at DESC, id DESC);
COMMENT ON TABLE case_document IS 'A file attached to his case, or to a child of the case.';
COMMENT ON COLUMN case_document.id IS '[open] surrogate key';
COMMENT ON COLUMN case_document.referral_id IS '[open] the case';
COMMENT ON COLUMN case_document.child_id IS '[open] the child it is about; null for his case';
COMMENT ON COLUMN case_document.title IS '[open] what the document is, as the worker named it';
COMMENT ON COLUMN case_document.document_type IS '[open] scanned form, court order, letter, email, safety plan or other';
COMMENT ON COLUMN case_document.file_name IS '[open] the name of the file uploaded, made safe';
COMMENT ON COLUMN case_document.media_type IS '[open] the kind of file, read from its content';
COMMENT ON COLUMN case_document.size_bytes IS '[open] its size in bytes';
COMMENT ON COLUMN case_document.content IS '[open] the file itself';
COMMENT ON COLUMN case_document.uploaded_by IS '[open] who uploaded it';
COMMENT ON COLUMN case_document.uploaded_at IS '[open] when it was uploaded';

CREATE TABLE partner_document (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id    BIGINT       NOT NULL REFERENCES referral (id),
    partner_id     BIGINT       NOT NULL REFERENCES partner (id),
    title          VARCHAR(200) NOT NULL,
    document_type  VARCHAR(20)  NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    media_type     VARCHAR(100) NOT NULL,
    size_bytes     INTEGER      NOT NULL,
    content        BYTEA        NOT NULL,
    uploaded_by    VARCHAR(80)  NOT NULL,
    uploaded_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT partner_document_type_known CHECK (document_type IN
        ('SCANNED_FORM', 'COURT_ORDER', 'LETTER', 'EMAIL', 'SAFETY_PLAN', 'OTHER')),
    CONSTRAINT partner_document_not_empty CHECK (size_bytes > 0)
);
CREATE INDEX partner_document_by_her ON partner_document (referral_id, partner_id, uploaded_at DESC, id DESC);
COMMENT ON TABLE partner_document IS 'A file attached to her record: behind the wall.';
COMMENT ON COLUMN partner_document.id IS '[open] surrogate key';
COMMENT ON COLUMN partner_document.referral_id IS '[open] the case';
COMMENT ON COLUMN partner_document.partner_id IS '[open] the partner';
COMMENT ON COLUMN partner_document.title IS '[wall] what the document is, as her worker named it';
COMMENT ON COLUMN partner_document.document_type IS '[open] scanned form, court order, letter, email, safety plan or other';
COMMENT ON COLUMN partner_document.file_name IS '[wall] the name of the file uploaded, made safe';
COMMENT ON COLUMN partner_document.media_type IS '[open] the kind of file, read from its content';
COMMENT ON COLUMN partner_document.size_bytes IS '[open] its size in bytes';
COMMENT ON COLUMN partner_document.content IS '[wall] the file itself';
COMMENT ON COLUMN partner_document.uploaded_by IS '[open] who uploaded it';
COMMENT ON COLUMN partner_document.uploaded_at IS '[open] when it was uploaded';
