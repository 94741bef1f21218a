-- Her equality monitoring answers, optional and behind the wall: what a domestic-abuse service
-- asks so that its MARAC-style return can give the shares of Black and minoritised, LGBT+,
-- disabled, male and 16-17-year-old victims. Special-category data (UK GDPR article 9), so each
-- answer is sealed by the application as her details are ("enc:v1:<key id>:<base64>"): a dump or a
-- backup alone shows none of them.
--
-- One row per woman, made the first time any answer is recorded. A null answer is "not asked";
-- "prefer not to say" is an answer, sealed like the others. Her age is kept as a band, as she gave
-- it when asked, not as a date of birth: the return needs only whether she was 16 or 17, and a date
-- of birth would say more about her than the service needs.
CREATE TABLE partner_equality (
    partner_id               BIGINT       PRIMARY KEY REFERENCES partner (id),
    ethnicity                TEXT,
    sex                      TEXT,
    gender_same_as_at_birth  TEXT,
    sexual_orientation       TEXT,
    disability               TEXT,
    age_band                 TEXT,
    version                  INTEGER      NOT NULL DEFAULT 1,
    recorded_by              VARCHAR(80)  NOT NULL,
    recorded_at              TIMESTAMPTZ  NOT NULL
);
COMMENT ON TABLE partner_equality IS 'Her equality monitoring answers: behind the wall, each answer sealed; null is not asked.';
COMMENT ON COLUMN partner_equality.partner_id IS '[open] the partner';
COMMENT ON COLUMN partner_equality.ethnicity IS '[wall] her ethnic group (ONS 2021 top level) or prefer not to say, sealed; null when not asked';
COMMENT ON COLUMN partner_equality.sex IS '[wall] her sex or prefer not to say, sealed; null when not asked';
COMMENT ON COLUMN partner_equality.gender_same_as_at_birth IS '[wall] whether her gender is the same as the sex registered at her birth, or prefer not to say, sealed; null when not asked';
COMMENT ON COLUMN partner_equality.sexual_orientation IS '[wall] her sexual orientation (ONS 2021) or prefer not to say, sealed; null when not asked';
COMMENT ON COLUMN partner_equality.disability IS '[wall] whether she is disabled, or prefer not to say, sealed; null when not asked';
COMMENT ON COLUMN partner_equality.age_band IS '[wall] her age band when asked, or prefer not to say, sealed; null when not asked';
COMMENT ON COLUMN partner_equality.version IS '[open] optimistic lock: the answers as read';
COMMENT ON COLUMN partner_equality.recorded_by IS '[open] who last recorded her answers';
COMMENT ON COLUMN partner_equality.recorded_at IS '[open] when her answers were last recorded';
