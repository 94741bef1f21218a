-- A second factor at sign-in: a TOTP authenticator (RFC 6238) with single-use recovery codes, and
-- the roles the system administrator says must use it.

ALTER TABLE app_user
    ADD COLUMN totp_secret            VARCHAR(64),
    ADD COLUMN totp_enrolled_at       TIMESTAMPTZ,
    ADD COLUMN totp_last_step         BIGINT,
    ADD COLUMN recovery_codes_made_at TIMESTAMPTZ,
    ADD COLUMN wrong_codes            INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN codes_refused_until    TIMESTAMPTZ;
COMMENT ON COLUMN app_user.totp_secret IS '[open] Base32 shared secret of the user''s authenticator; never shown again after enrolment';
COMMENT ON COLUMN app_user.totp_enrolled_at IS '[open] when the user confirmed their authenticator; null when they have none';
COMMENT ON COLUMN app_user.totp_last_step IS '[open] the 30-second step of the last code accepted, so that no code is accepted twice';
COMMENT ON COLUMN app_user.recovery_codes_made_at IS '[open] when the user''s current recovery codes were made';
COMMENT ON COLUMN app_user.wrong_codes IS '[open] wrong second-factor codes since the last right one, over all sign-ins';
COMMENT ON COLUMN app_user.codes_refused_until IS '[open] after too many wrong codes, every code is refused until this time';

CREATE TABLE recovery_code (
    user_id   BIGINT      NOT NULL REFERENCES app_user (id),
    code_hash CHAR(64)    NOT NULL,
    used_at   TIMESTAMPTZ,
    PRIMARY KEY (user_id, code_hash)
);
COMMENT ON TABLE recovery_code IS 'Single-use recovery codes for signing in without the authenticator; only a SHA-256 hash of each is kept.';
COMMENT ON COLUMN recovery_code.user_id IS '[open] whose code it is';
COMMENT ON COLUMN recovery_code.code_hash IS '[open] SHA-256 of the code, hex';
COMMENT ON COLUMN recovery_code.used_at IS '[open] when it was used to sign in; a used code is refused';

CREATE TABLE second_factor_role (
    role VARCHAR(40) PRIMARY KEY,
    CONSTRAINT second_factor_role_known CHECK (role IN ('INTAKE', 'PERPETRATOR_WORKER',
        'PARTNER_SUPPORT_WORKER', 'CHILDRENS_WORKER', 'SERVICE_MANAGER', 'COMMISSIONER',
        'SYSTEM_ADMINISTRATOR'))
);
COMMENT ON TABLE second_factor_role IS 'The roles whose holders must use a second factor to sign in, as the system administrator sets them.';
COMMENT ON COLUMN second_factor_role.role IS '[open] a role that must use a second factor';

-- Every role that sees case content must use it on a new database; the demo data turns this off.
INSERT INTO second_factor_role (role)
VALUES ('INTAKE'), ('PERPETRATOR_WORKER'), ('PARTNER_SUPPORT_WORKER'), ('CHILDRENS_WORKER'),
       ('SERVICE_MANAGER');
