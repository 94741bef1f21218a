-- Lawful basis and consent as gates (issue 17 §1). Every sharing out of the service records its
-- lawful basis; consent is one basis, and points at a recorded consent with its scope and expiry.
--
-- Consents are kept per person with their history: a consent is never changed except to record
-- its withdrawal (when, how, by whom), so what was consented to on any day stays readable.
-- Her consents are behind the wall: that she consents to anything says she is in touch with the
-- service. His are [open] like the rest of his case.
--
-- partner.consent_to_share (a yes or no with no date, scope or expiry) is left as it was and shown
-- as what it was: it cannot stand as a basis for any sharing, so nothing is carried from it.

CREATE TABLE partner_consent (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id   BIGINT        NOT NULL REFERENCES referral (id),
    partner_id    BIGINT        NOT NULL REFERENCES partner (id),
    scope         VARCHAR(30)[] NOT NULL CHECK (cardinality(scope) > 0),
    agencies      TEXT          CHECK (char_length(agencies) <= 1000),
    given_on      DATE          NOT NULL,
    expires_on    DATE          NOT NULL CHECK (expires_on >= given_on),
    recorded_by   VARCHAR(80)   NOT NULL,
    recorded_at   TIMESTAMPTZ   NOT NULL,
    withdrawn_on  DATE          CHECK (withdrawn_on >= given_on),
    withdrawn_how VARCHAR(30),
    withdrawn_by  VARCHAR(80),
    withdrawn_at  TIMESTAMPTZ,
    version       INT           NOT NULL DEFAULT 0,
    CHECK ((withdrawn_on IS NULL) = (withdrawn_how IS NULL)
       AND (withdrawn_on IS NULL) = (withdrawn_by IS NULL)
       AND (withdrawn_on IS NULL) = (withdrawn_at IS NULL))
);
CREATE INDEX partner_consent_partner ON partner_consent (partner_id, given_on DESC);
COMMENT ON TABLE partner_consent IS '[wall] her consents to sharing, with their history: behind the wall';
COMMENT ON COLUMN partner_consent.id IS '[open] surrogate key';
COMMENT ON COLUMN partner_consent.referral_id IS '[open] the case';
COMMENT ON COLUMN partner_consent.partner_id IS '[open] the partner';
COMMENT ON COLUMN partner_consent.scope IS '[wall] the kinds of sharing she consented to, e.g. REFUGE, IDVA';
COMMENT ON COLUMN partner_consent.agencies IS '[wall] which agencies, in the worker''s words, when she named them';
COMMENT ON COLUMN partner_consent.given_on IS '[wall] the date she gave it';
COMMENT ON COLUMN partner_consent.expires_on IS '[wall] the last day it stands';
COMMENT ON COLUMN partner_consent.recorded_by IS '[wall] username of who recorded it';
COMMENT ON COLUMN partner_consent.recorded_at IS '[wall] when it was recorded';
COMMENT ON COLUMN partner_consent.withdrawn_on IS '[wall] the date she withdrew it; from then no sharing may rely on it';
COMMENT ON COLUMN partner_consent.withdrawn_how IS '[wall] how she withdrew it: in person, by phone, in writing, through another agency';
COMMENT ON COLUMN partner_consent.withdrawn_by IS '[wall] username of who recorded the withdrawal';
COMMENT ON COLUMN partner_consent.withdrawn_at IS '[wall] when the withdrawal was recorded';
COMMENT ON COLUMN partner_consent.version IS '[open] optimistic lock: a withdrawal names the version it read';

CREATE TABLE man_consent (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id   BIGINT        NOT NULL REFERENCES referral (id),
    scope         VARCHAR(30)[] NOT NULL CHECK (cardinality(scope) > 0),
    agencies      TEXT          CHECK (char_length(agencies) <= 1000),
    given_on      DATE          NOT NULL,
    expires_on    DATE          NOT NULL CHECK (expires_on >= given_on),
    recorded_by   VARCHAR(80)   NOT NULL,
    recorded_at   TIMESTAMPTZ   NOT NULL,
    withdrawn_on  DATE          CHECK (withdrawn_on >= given_on),
    withdrawn_how VARCHAR(30),
    withdrawn_by  VARCHAR(80),
    withdrawn_at  TIMESTAMPTZ,
    version       INT           NOT NULL DEFAULT 0,
    CHECK ((withdrawn_on IS NULL) = (withdrawn_how IS NULL)
       AND (withdrawn_on IS NULL) = (withdrawn_by IS NULL)
       AND (withdrawn_on IS NULL) = (withdrawn_at IS NULL))
);
CREATE INDEX man_consent_referral ON man_consent (referral_id, given_on DESC);
COMMENT ON TABLE man_consent IS '[open] his consents to sharing, with their history';
COMMENT ON COLUMN man_consent.id IS '[open] surrogate key';
COMMENT ON COLUMN man_consent.referral_id IS '[open] his case';
COMMENT ON COLUMN man_consent.scope IS '[open] the kinds of sharing he consented to, e.g. REPORTS_TO_REFERRER';
COMMENT ON COLUMN man_consent.agencies IS '[open] which agencies, when he named them';
COMMENT ON COLUMN man_consent.given_on IS '[open] the date he gave it';
COMMENT ON COLUMN man_consent.expires_on IS '[open] the last day it stands';
COMMENT ON COLUMN man_consent.recorded_by IS '[open] username of who recorded it';
COMMENT ON COLUMN man_consent.recorded_at IS '[open] when it was recorded';
COMMENT ON COLUMN man_consent.withdrawn_on IS '[open] the date he withdrew it';
COMMENT ON COLUMN man_consent.withdrawn_how IS '[open] how he withdrew it';
COMMENT ON COLUMN man_consent.withdrawn_by IS '[open] username of who recorded the withdrawal';
COMMENT ON COLUMN man_consent.withdrawn_at IS '[open] when the withdrawal was recorded';
COMMENT ON COLUMN man_consent.version IS '[open] optimistic lock: a withdrawal names the version it read';

-- Her referrals on: the basis each went on. Rows from before this migration have none, and are
-- shown as recorded before a basis was asked for.
ALTER TABLE partner_referral_on
    ADD COLUMN basis        VARCHAR(30) CHECK (basis IN ('CONSENT', 'CHILD_PROTECTION', 'CRIME_AND_DISORDER', 'VITAL_INTERESTS', 'LEGITIMATE_INTERESTS')),
    ADD COLUMN consent_id   BIGINT REFERENCES partner_consent (id),
    ADD COLUMN basis_reason TEXT CHECK (char_length(basis_reason) <= 2000),
    ADD CHECK ((basis = 'CONSENT') = (consent_id IS NOT NULL)),
    ADD CHECK (basis <> 'LEGITIMATE_INTERESTS' OR basis_reason IS NOT NULL);
COMMENT ON COLUMN partner_referral_on.basis IS '[wall] the lawful basis it was shared on; null before bases were recorded';
COMMENT ON COLUMN partner_referral_on.consent_id IS '[wall] her consent it relied on, when the basis is consent';
COMMENT ON COLUMN partner_referral_on.basis_reason IS '[wall] why, in the worker''s words: required for legitimate interests';
