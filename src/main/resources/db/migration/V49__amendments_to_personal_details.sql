-- Rectification (issue 17 §2): a correction to a person's details keeps what it replaced, who made
-- it, when and why. His details and a child's are on the open side of the wall, with the case;
-- hers are behind it, and her before and after values and the reason are sealed in the application
-- (AES-GCM, enc:v1:...) before they reach this table, as her details in partner are.

CREATE TABLE case_amendment (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id   BIGINT       NOT NULL REFERENCES referral (id),
    child_id      BIGINT       REFERENCES child (id),
    field         VARCHAR(40)  NOT NULL,
    value_before  TEXT,
    value_after   TEXT,
    reason        TEXT         NOT NULL,
    amended_by    VARCHAR(80)  NOT NULL,
    amended_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT case_amendment_reason_given CHECK (char_length(btrim(reason)) BETWEEN 1 AND 2000),
    CONSTRAINT case_amendment_field_known CHECK (field IN ('GIVEN_NAME', 'FAMILY_NAME',
        'DATE_OF_BIRTH', 'PHONE', 'ADDRESS', 'LANGUAGE', 'INTERPRETER_NEEDED', 'AGE'))
);
CREATE INDEX case_amendment_case ON case_amendment (referral_id, amended_at DESC, id DESC);
COMMENT ON TABLE case_amendment IS 'A correction to his details or a child''s on a case: what the field held before and after, who, when and why.';
COMMENT ON COLUMN case_amendment.id IS '[open] surrogate key';
COMMENT ON COLUMN case_amendment.referral_id IS '[open] the case';
COMMENT ON COLUMN case_amendment.child_id IS '[open] the child whose details were corrected; null when they were his';
COMMENT ON COLUMN case_amendment.field IS '[open] which detail was corrected, e.g. PHONE';
COMMENT ON COLUMN case_amendment.value_before IS '[open] what the detail held before the correction, as text';
COMMENT ON COLUMN case_amendment.value_after IS '[open] what it holds after the correction, as text';
COMMENT ON COLUMN case_amendment.reason IS '[open] why it was corrected, in the worker''s words';
COMMENT ON COLUMN case_amendment.amended_by IS '[open] who corrected it';
COMMENT ON COLUMN case_amendment.amended_at IS '[open] when it was corrected';

CREATE TABLE partner_amendment (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id    BIGINT       NOT NULL REFERENCES partner (id),
    field         VARCHAR(40)  NOT NULL,
    value_before  TEXT,
    value_after   TEXT,
    reason        TEXT         NOT NULL,
    amended_by    VARCHAR(80)  NOT NULL,
    amended_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT partner_amendment_field_known CHECK (field IN ('GIVEN_NAME', 'FAMILY_NAME',
        'PHONE', 'EMAIL', 'ADDRESS', 'SAFE_CONTACT_TIMES'))
);
CREATE INDEX partner_amendment_partner ON partner_amendment (partner_id, amended_at DESC, id DESC);
COMMENT ON TABLE partner_amendment IS 'A correction to her details: behind the wall, the values and the reason sealed.';
COMMENT ON COLUMN partner_amendment.id IS '[open] surrogate key';
COMMENT ON COLUMN partner_amendment.partner_id IS '[open] the partner';
COMMENT ON COLUMN partner_amendment.field IS '[wall] which of her details was corrected, e.g. ADDRESS';
COMMENT ON COLUMN partner_amendment.value_before IS '[wall] what the detail held before, sealed (enc:v1:...)';
COMMENT ON COLUMN partner_amendment.value_after IS '[wall] what it holds after, sealed (enc:v1:...)';
COMMENT ON COLUMN partner_amendment.reason IS '[wall] why it was corrected, sealed: it may say where she now lives';
COMMENT ON COLUMN partner_amendment.amended_by IS '[open] who corrected it';
COMMENT ON COLUMN partner_amendment.amended_at IS '[open] when it was corrected';
