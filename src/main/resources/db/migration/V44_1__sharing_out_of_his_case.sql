-- Sharing out of the service from his case (issue 17 §1): the reports to his referrer, a MARAC
-- referral, information to children's services, each with the lawful basis it went on. Her
-- referrals on are kept on her record, behind the wall (partner_referral_on); this is his side's,
-- and [open] like the rest of his case. Nothing here is ever changed: a sharing made stays as it
-- was, and one made on a consent since withdrawn is shown so from man_consent.

CREATE TABLE case_sharing (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id   BIGINT       NOT NULL REFERENCES referral (id),
    kind          VARCHAR(30)  NOT NULL CHECK (kind IN ('REPORTS_TO_REFERRER', 'MARAC', 'CHILDRENS_SERVICES', 'OTHER_SERVICES')),
    shared_on     DATE         NOT NULL,
    recipient     TEXT         NOT NULL CHECK (char_length(recipient) <= 200),
    what          TEXT         NOT NULL CHECK (char_length(what) <= 2000),
    basis         VARCHAR(30)  NOT NULL CHECK (basis IN ('CONSENT', 'CHILD_PROTECTION', 'CRIME_AND_DISORDER', 'VITAL_INTERESTS', 'LEGITIMATE_INTERESTS')),
    consent_id    BIGINT       REFERENCES man_consent (id),
    basis_reason  TEXT         CHECK (char_length(basis_reason) <= 2000),
    recorded_by   VARCHAR(80)  NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    CHECK ((basis = 'CONSENT') = (consent_id IS NOT NULL)),
    CHECK (basis <> 'LEGITIMATE_INTERESTS' OR basis_reason IS NOT NULL)
);
CREATE INDEX case_sharing_referral ON case_sharing (referral_id, shared_on DESC);
COMMENT ON TABLE case_sharing IS '[open] information shared out of the service from his case, with its lawful basis';
COMMENT ON COLUMN case_sharing.id IS '[open] surrogate key';
COMMENT ON COLUMN case_sharing.referral_id IS '[open] his case';
COMMENT ON COLUMN case_sharing.kind IS '[open] report to the referrer, MARAC, children''s services or another service';
COMMENT ON COLUMN case_sharing.shared_on IS '[open] the date it was shared';
COMMENT ON COLUMN case_sharing.recipient IS '[open] who it went to, e.g. the referring probation office';
COMMENT ON COLUMN case_sharing.what IS '[open] what was shared, e.g. the risk identification report';
COMMENT ON COLUMN case_sharing.basis IS '[open] the lawful basis it was shared on';
COMMENT ON COLUMN case_sharing.consent_id IS '[open] his consent it relied on, when the basis is consent';
COMMENT ON COLUMN case_sharing.basis_reason IS '[open] why, in the worker''s words: required for legitimate interests';
COMMENT ON COLUMN case_sharing.recorded_by IS '[open] username of who recorded it';
COMMENT ON COLUMN case_sharing.recorded_at IS '[open] when it was recorded';
