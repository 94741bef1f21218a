-- An authenticator's secret is sealed with the data key (org.tandem.encryption) before it is stored,
-- which makes it longer than the Base32 secret itself.
ALTER TABLE app_user ALTER COLUMN totp_secret TYPE TEXT;
COMMENT ON COLUMN app_user.totp_secret IS '[open] the user''s authenticator secret, sealed with the data key (AES-GCM, with its key id); never shown again after enrolment';
