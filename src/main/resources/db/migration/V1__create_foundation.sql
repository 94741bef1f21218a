-- Foundation schema: areas, teams, users, API tokens, referrals (cases), partners, children,
-- partner-support tasks and the audit trail.
--
-- Every column carries a comment that starts with [open] or [wall]. [wall] marks data that must
-- never reach a perpetrator-facing role (intake, perpetrator worker, children's worker). The wall
-- test reads these comments from the catalogue, so a new [wall] column without a test fails the
-- build, and a column without either mark fails it too.

CREATE TABLE area (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code          VARCHAR(8)   NOT NULL UNIQUE,
    name          VARCHAR(120) NOT NULL,
    next_case_number INTEGER   NOT NULL DEFAULT 1,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT area_code_format CHECK (code ~ '^[A-Z]{2,8}$')
);
COMMENT ON TABLE area IS 'A commissioning area served by the provider; every case belongs to one.';
COMMENT ON COLUMN area.id IS '[open] surrogate key';
COMMENT ON COLUMN area.code IS '[open] short code used as the prefix of case references, e.g. NEW';
COMMENT ON COLUMN area.name IS '[open] the area''s name';
COMMENT ON COLUMN area.next_case_number IS '[open] the number the next case reference in this area will use';
COMMENT ON COLUMN area.created_at IS '[open] when the area was created';

CREATE TABLE team (
    id    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name  VARCHAR(120) NOT NULL UNIQUE
);
COMMENT ON TABLE team IS 'A team of practitioners; it covers one or more areas.';
COMMENT ON COLUMN team.id IS '[open] surrogate key';
COMMENT ON COLUMN team.name IS '[open] the team''s name';

CREATE TABLE team_area (
    team_id BIGINT NOT NULL REFERENCES team (id),
    area_id BIGINT NOT NULL REFERENCES area (id),
    PRIMARY KEY (team_id, area_id)
);
COMMENT ON TABLE team_area IS 'The areas whose cases a team works on.';
COMMENT ON COLUMN team_area.team_id IS '[open] the team';
COMMENT ON COLUMN team_area.area_id IS '[open] an area the team covers';

CREATE TABLE app_user (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username         VARCHAR(80)  NOT NULL UNIQUE,
    display_name     VARCHAR(120) NOT NULL,
    password_hash    VARCHAR(200) NOT NULL,
    team_id          BIGINT REFERENCES team (id),
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_sign_ins  INTEGER      NOT NULL DEFAULT 0,
    locked_until     TIMESTAMPTZ,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_user IS 'A person who signs in to Tandem with a local account.';
COMMENT ON COLUMN app_user.id IS '[open] surrogate key';
COMMENT ON COLUMN app_user.username IS '[open] sign-in name';
COMMENT ON COLUMN app_user.display_name IS '[open] name shown to colleagues';
COMMENT ON COLUMN app_user.password_hash IS '[open] adaptive hash of the password; never shown';
COMMENT ON COLUMN app_user.team_id IS '[open] the team the user belongs to';
COMMENT ON COLUMN app_user.enabled IS '[open] false once the account is withdrawn';
COMMENT ON COLUMN app_user.failed_sign_ins IS '[open] failed sign-ins since the last success';
COMMENT ON COLUMN app_user.locked_until IS '[open] sign-in refused until this time after repeated failures';
COMMENT ON COLUMN app_user.created_at IS '[open] when the account was created';

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL REFERENCES app_user (id),
    role    VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT user_role_known CHECK (role IN ('INTAKE', 'PERPETRATOR_WORKER', 'PARTNER_SUPPORT_WORKER',
        'CHILDRENS_WORKER', 'SERVICE_MANAGER', 'COMMISSIONER', 'SYSTEM_ADMINISTRATOR'))
);
COMMENT ON TABLE user_role IS 'The roles a user holds.';
COMMENT ON COLUMN user_role.user_id IS '[open] the user';
COMMENT ON COLUMN user_role.role IS '[open] one role the user holds';

CREATE TABLE api_token (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES app_user (id),
    name         VARCHAR(80)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL UNIQUE,
    token_hint   VARCHAR(12)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
COMMENT ON TABLE api_token IS 'Personal API tokens; only a SHA-256 hash of each is kept.';
COMMENT ON COLUMN api_token.id IS '[open] surrogate key';
COMMENT ON COLUMN api_token.user_id IS '[open] the token''s owner, whose roles it carries';
COMMENT ON COLUMN api_token.name IS '[open] what the owner called it';
COMMENT ON COLUMN api_token.token_hash IS '[open] SHA-256 of the token, hex';
COMMENT ON COLUMN api_token.token_hint IS '[open] the first characters of the token, to recognise it';
COMMENT ON COLUMN api_token.created_at IS '[open] when it was created';
COMMENT ON COLUMN api_token.last_used_at IS '[open] when it last authenticated a request';
COMMENT ON COLUMN api_token.revoked_at IS '[open] when its owner revoked it';

CREATE TABLE referral (
    id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    area_id                BIGINT       NOT NULL REFERENCES area (id),
    reference              VARCHAR(20)  NOT NULL UNIQUE,
    status                 VARCHAR(40)  NOT NULL,
    referral_source        VARCHAR(40)  NOT NULL,
    referral_source_other  VARCHAR(120),
    referrer_name          VARCHAR(120) NOT NULL,
    referrer_organisation  VARCHAR(160),
    referrer_phone         VARCHAR(40),
    referrer_email         VARCHAR(160),
    reason                 TEXT         NOT NULL,
    referred_on            DATE         NOT NULL,
    man_given_name         VARCHAR(80)  NOT NULL,
    man_family_name        VARCHAR(80)  NOT NULL,
    man_date_of_birth      DATE,
    man_phone              VARCHAR(40),
    man_address            TEXT,
    man_language           VARCHAR(60),
    man_interpreter_needed BOOLEAN      NOT NULL DEFAULT FALSE,
    sharing_basis          VARCHAR(40)  NOT NULL,
    sharing_basis_detail   TEXT,
    triage_outcome         VARCHAR(40),
    referred_on_to         VARCHAR(200),
    triage_notes           TEXT,
    triaged_at             TIMESTAMPTZ,
    triaged_by             VARCHAR(80),
    first_appointment_on   DATE,
    created_at             TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by             VARCHAR(80)  NOT NULL,
    version                INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX referral_area_status ON referral (area_id, status, referred_on);
COMMENT ON TABLE referral IS 'A case: one man referred to the service, in one area.';
COMMENT ON COLUMN referral.id IS '[open] surrogate key; never shown, the reference is';
COMMENT ON COLUMN referral.area_id IS '[open] the commissioning area the case belongs to';
COMMENT ON COLUMN referral.reference IS '[open] pseudonymous case reference, e.g. NEW-0007';
COMMENT ON COLUMN referral.status IS '[open] where the case is in its journey';
COMMENT ON COLUMN referral.referral_source IS '[open] who referred';
COMMENT ON COLUMN referral.referral_source_other IS '[open] the source when it is "other"';
COMMENT ON COLUMN referral.referrer_name IS '[open] the referrer''s name';
COMMENT ON COLUMN referral.referrer_organisation IS '[open] the referrer''s organisation';
COMMENT ON COLUMN referral.referrer_phone IS '[open] the referrer''s work phone';
COMMENT ON COLUMN referral.referrer_email IS '[open] the referrer''s work email';
COMMENT ON COLUMN referral.reason IS '[open] why he was referred, as the referrer put it';
COMMENT ON COLUMN referral.referred_on IS '[open] the date of the referral; waiting time counts from it';
COMMENT ON COLUMN referral.man_given_name IS '[open] his given name';
COMMENT ON COLUMN referral.man_family_name IS '[open] his family name';
COMMENT ON COLUMN referral.man_date_of_birth IS '[open] his date of birth';
COMMENT ON COLUMN referral.man_phone IS '[open] his phone number';
COMMENT ON COLUMN referral.man_address IS '[open] his address (never hers: hers is behind the wall)';
COMMENT ON COLUMN referral.man_language IS '[open] his first language';
COMMENT ON COLUMN referral.man_interpreter_needed IS '[open] whether he needs an interpreter';
COMMENT ON COLUMN referral.sharing_basis IS '[open] consent or the legal basis for sharing information';
COMMENT ON COLUMN referral.sharing_basis_detail IS '[open] detail of the legal basis';
COMMENT ON COLUMN referral.triage_outcome IS '[open] appropriate for assessment, inappropriate and referred on, or did not attend';
COMMENT ON COLUMN referral.referred_on_to IS '[open] where an inappropriate referral was referred on to';
COMMENT ON COLUMN referral.triage_notes IS '[open] the triage decision''s notes';
COMMENT ON COLUMN referral.triaged_at IS '[open] when triage was recorded';
COMMENT ON COLUMN referral.triaged_by IS '[open] who recorded triage';
COMMENT ON COLUMN referral.first_appointment_on IS '[open] date of his first appointment; ends the wait';
COMMENT ON COLUMN referral.created_at IS '[open] when the referral was logged';
COMMENT ON COLUMN referral.created_by IS '[open] who logged it';
COMMENT ON COLUMN referral.version IS '[open] optimistic-locking version';

CREATE TABLE partner (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id         BIGINT       NOT NULL REFERENCES referral (id),
    relationship        VARCHAR(20)  NOT NULL,
    given_name          VARCHAR(80)  NOT NULL,
    family_name         VARCHAR(80),
    phone               VARCHAR(40),
    email               VARCHAR(160),
    address             TEXT,
    safe_contact_times  TEXT,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version             INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT partner_relationship_known CHECK (relationship IN ('CURRENT', 'FORMER', 'NEW'))
);
CREATE INDEX partner_referral ON partner (referral_id);
COMMENT ON TABLE partner IS 'A current, former or new partner of the man: behind the wall.';
COMMENT ON COLUMN partner.id IS '[open] surrogate key';
COMMENT ON COLUMN partner.referral_id IS '[open] the case';
COMMENT ON COLUMN partner.relationship IS '[open] current, former or new partner';
COMMENT ON COLUMN partner.given_name IS '[wall] her given name';
COMMENT ON COLUMN partner.family_name IS '[wall] her family name';
COMMENT ON COLUMN partner.phone IS '[wall] her phone number';
COMMENT ON COLUMN partner.email IS '[wall] her email address';
COMMENT ON COLUMN partner.address IS '[wall] her address';
COMMENT ON COLUMN partner.safe_contact_times IS '[wall] when it is safe to contact her';
COMMENT ON COLUMN partner.created_at IS '[open] when she was recorded';
COMMENT ON COLUMN partner.version IS '[open] optimistic-locking version';

CREATE TABLE child (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id        BIGINT      NOT NULL REFERENCES referral (id),
    given_name         VARCHAR(80),
    age_years          INTEGER     NOT NULL,
    protection_status  VARCHAR(40) NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT child_age_range CHECK (age_years BETWEEN 0 AND 18)
);
CREATE INDEX child_referral ON child (referral_id);
COMMENT ON TABLE child IS 'A child in the family of a case.';
COMMENT ON COLUMN child.id IS '[open] surrogate key';
COMMENT ON COLUMN child.referral_id IS '[open] the case';
COMMENT ON COLUMN child.given_name IS '[open] the child''s given name, if the referrer gave it';
COMMENT ON COLUMN child.age_years IS '[open] age in years at referral';
COMMENT ON COLUMN child.protection_status IS '[open] child protection plan, child in need, early help or none';
COMMENT ON COLUMN child.created_at IS '[open] when the child was recorded';

CREATE TABLE partner_support_task (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id   BIGINT       NOT NULL REFERENCES referral (id),
    partner_id    BIGINT       REFERENCES partner (id),
    kind          VARCHAR(40)  NOT NULL,
    due_at        TIMESTAMPTZ  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    completed_at  TIMESTAMPTZ,
    completed_by  VARCHAR(80),
    version       INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX partner_support_task_open ON partner_support_task (due_at) WHERE completed_at IS NULL;
COMMENT ON TABLE partner_support_task IS 'Work for the partner-support worker; visible only behind the wall.';
COMMENT ON COLUMN partner_support_task.id IS '[open] surrogate key';
COMMENT ON COLUMN partner_support_task.referral_id IS '[open] the case';
COMMENT ON COLUMN partner_support_task.partner_id IS '[open] the partner the task is about';
COMMENT ON COLUMN partner_support_task.kind IS '[open] what is to be done, e.g. send the letter and information pack';
COMMENT ON COLUMN partner_support_task.due_at IS '[open] when it is due';
COMMENT ON COLUMN partner_support_task.created_at IS '[open] when it was created';
COMMENT ON COLUMN partner_support_task.completed_at IS '[open] when it was done';
COMMENT ON COLUMN partner_support_task.completed_by IS '[open] who did it';
COMMENT ON COLUMN partner_support_task.version IS '[open] optimistic-locking version';

CREATE TABLE audit_event (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    username      VARCHAR(80)  NOT NULL,
    action        VARCHAR(40)  NOT NULL,
    what          VARCHAR(200) NOT NULL,
    referral_id   BIGINT,
    case_reference VARCHAR(20),
    area_id       BIGINT,
    channel       VARCHAR(10)  NOT NULL
);
CREATE INDEX audit_event_case ON audit_event (referral_id, occurred_at);
COMMENT ON TABLE audit_event IS 'Who read or wrote which case, and when. Append-only: the database refuses UPDATE, DELETE and TRUNCATE.';
COMMENT ON COLUMN audit_event.id IS '[open] surrogate key';
COMMENT ON COLUMN audit_event.occurred_at IS '[open] when it happened';
COMMENT ON COLUMN audit_event.username IS '[open] who did it';
COMMENT ON COLUMN audit_event.action IS '[open] READ, CREATE, UPDATE and so on';
COMMENT ON COLUMN audit_event.what IS '[open] what was read or written, never its content';
COMMENT ON COLUMN audit_event.referral_id IS '[open] the case';
COMMENT ON COLUMN audit_event.case_reference IS '[open] the case reference';
COMMENT ON COLUMN audit_event.area_id IS '[open] the case''s area';
COMMENT ON COLUMN audit_event.channel IS '[open] PAGE or API';

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
