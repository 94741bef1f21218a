-- Referrers online (issue 18 §1): the outside agencies that refer men to the service (a
-- children's social worker, a probation officer, a Cafcass officer, a police DA coordinator) get
-- accounts of their own, by invitation from a service manager. A referrer sees only the referrals
-- they or their organisation made, and the reports the service released to them: never a case's
-- other records, and nothing behind the wall. All of this is [open]: none of it is hers.

ALTER TABLE user_role DROP CONSTRAINT user_role_known;
ALTER TABLE user_role ADD CONSTRAINT user_role_known CHECK (role IN ('INTAKE', 'PERPETRATOR_WORKER',
    'PARTNER_SUPPORT_WORKER', 'CHILDRENS_WORKER', 'SERVICE_MANAGER', 'COMMISSIONER',
    'SYSTEM_ADMINISTRATOR', 'REFERRER'));
ALTER TABLE second_factor_role DROP CONSTRAINT second_factor_role_known;
ALTER TABLE second_factor_role ADD CONSTRAINT second_factor_role_known CHECK (role IN ('INTAKE',
    'PERPETRATOR_WORKER', 'PARTNER_SUPPORT_WORKER', 'CHILDRENS_WORKER', 'SERVICE_MANAGER',
    'COMMISSIONER', 'SYSTEM_ADMINISTRATOR', 'REFERRER'));
-- A referrer reads reports about men who harm: on a new database they give a second factor too
-- (the demo data turns the setting off, as it does for every role).
INSERT INTO second_factor_role (role) VALUES ('REFERRER') ON CONFLICT DO NOTHING;

CREATE TABLE referrer_organisation (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        VARCHAR(160) NOT NULL,
    kind        VARCHAR(30)  NOT NULL CHECK (kind IN ('CHILDRENS_SOCIAL_CARE', 'PROBATION', 'CAFCASS', 'POLICE', 'OTHER')),
    created_at  TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX referrer_organisation_name ON referrer_organisation (lower(name), kind);
COMMENT ON TABLE referrer_organisation IS '[open] an outside agency whose staff refer men online';
COMMENT ON COLUMN referrer_organisation.id IS '[open] surrogate key';
COMMENT ON COLUMN referrer_organisation.name IS '[open] the agency''s name, e.g. Northmoor Children''s Services';
COMMENT ON COLUMN referrer_organisation.kind IS '[open] children''s social care, probation, Cafcass, police or other; sets the referral source';
COMMENT ON COLUMN referrer_organisation.created_at IS '[open] when it was first named in an invitation';

CREATE TABLE referrer_invitation (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email            VARCHAR(254) NOT NULL,
    display_name     VARCHAR(120) NOT NULL,
    organisation_id  BIGINT       NOT NULL REFERENCES referrer_organisation (id),
    area_id          BIGINT       NOT NULL REFERENCES area (id),
    token_hash       CHAR(64)     NOT NULL UNIQUE,
    invited_by       VARCHAR(80)  NOT NULL,
    invited_at       TIMESTAMPTZ  NOT NULL,
    expires_at       TIMESTAMPTZ  NOT NULL,
    accepted_at      TIMESTAMPTZ,
    user_id          BIGINT       REFERENCES app_user (id),
    withdrawn_at     TIMESTAMPTZ,
    withdrawn_by     VARCHAR(80),
    CHECK (accepted_at IS NULL OR withdrawn_at IS NULL)
);
CREATE INDEX referrer_invitation_area ON referrer_invitation (area_id, invited_at DESC);
COMMENT ON TABLE referrer_invitation IS '[open] a service manager''s invitation to a referrer to make an account; single use, and it expires';
COMMENT ON COLUMN referrer_invitation.id IS '[open] surrogate key';
COMMENT ON COLUMN referrer_invitation.email IS '[open] the referrer''s work email address, which becomes their account''s';
COMMENT ON COLUMN referrer_invitation.display_name IS '[open] the referrer''s name';
COMMENT ON COLUMN referrer_invitation.organisation_id IS '[open] the agency they refer from';
COMMENT ON COLUMN referrer_invitation.area_id IS '[open] the area whose service they refer to';
COMMENT ON COLUMN referrer_invitation.token_hash IS '[open] SHA-256 of the invitation link''s secret, hex; the secret itself is never kept';
COMMENT ON COLUMN referrer_invitation.invited_by IS '[open] username of the manager who invited them';
COMMENT ON COLUMN referrer_invitation.invited_at IS '[open] when they were invited';
COMMENT ON COLUMN referrer_invitation.expires_at IS '[open] after this the link is refused';
COMMENT ON COLUMN referrer_invitation.accepted_at IS '[open] when the referrer made their account with it; a used link is refused';
COMMENT ON COLUMN referrer_invitation.user_id IS '[open] the account made with it';
COMMENT ON COLUMN referrer_invitation.withdrawn_at IS '[open] when a manager withdrew it before it was used';
COMMENT ON COLUMN referrer_invitation.withdrawn_by IS '[open] username of the manager who withdrew it';

CREATE TABLE referrer_account (
    user_id          BIGINT  PRIMARY KEY REFERENCES app_user (id),
    organisation_id  BIGINT  NOT NULL REFERENCES referrer_organisation (id),
    area_id          BIGINT  NOT NULL REFERENCES area (id)
);
CREATE INDEX referrer_account_organisation ON referrer_account (organisation_id, area_id);
COMMENT ON TABLE referrer_account IS '[open] a referrer''s account: the agency they refer from and the area they refer to';
COMMENT ON COLUMN referrer_account.user_id IS '[open] the referrer''s account';
COMMENT ON COLUMN referrer_account.organisation_id IS '[open] their agency: they see the referrals anyone in it made';
COMMENT ON COLUMN referrer_account.area_id IS '[open] the area they were invited to refer to';

CREATE TABLE online_referral (
    referral_id      BIGINT  PRIMARY KEY REFERENCES referral (id),
    user_id          BIGINT  NOT NULL REFERENCES app_user (id),
    organisation_id  BIGINT  NOT NULL REFERENCES referrer_organisation (id)
);
CREATE INDEX online_referral_organisation ON online_referral (organisation_id, referral_id);
COMMENT ON TABLE online_referral IS '[open] a referral a referrer made online: by whom, from which agency';
COMMENT ON COLUMN online_referral.referral_id IS '[open] the case';
COMMENT ON COLUMN online_referral.user_id IS '[open] the referrer who made it';
COMMENT ON COLUMN online_referral.organisation_id IS '[open] their agency, whose referrers all see it';

CREATE TABLE report_release (
    report_id    BIGINT       PRIMARY KEY REFERENCES risk_report (id),
    referral_id  BIGINT       NOT NULL REFERENCES referral (id),
    sharing_id   BIGINT       NOT NULL REFERENCES case_sharing (id),
    kind         VARCHAR(30)  NOT NULL,
    released_by  VARCHAR(80)  NOT NULL,
    released_at  TIMESTAMPTZ  NOT NULL,
    file_name    VARCHAR(120) NOT NULL,
    pdf          BYTEA        NOT NULL
);
CREATE INDEX report_release_referral ON report_release (referral_id);
COMMENT ON TABLE report_release IS '[open] a report to the referrer released to them online, kept as the PDF they were given';
COMMENT ON COLUMN report_release.report_id IS '[open] the report; released once only';
COMMENT ON COLUMN report_release.referral_id IS '[open] the case';
COMMENT ON COLUMN report_release.sharing_id IS '[open] the sharing out of his case it was recorded as, with its lawful basis';
COMMENT ON COLUMN report_release.kind IS '[open] risk identification report, or a later update report';
COMMENT ON COLUMN report_release.released_by IS '[open] username of the worker who released it';
COMMENT ON COLUMN report_release.released_at IS '[open] when it was released';
COMMENT ON COLUMN report_release.file_name IS '[open] the PDF''s file name, made from the case reference';
COMMENT ON COLUMN report_release.pdf IS '[open] the report as released, drawn from open data only';
