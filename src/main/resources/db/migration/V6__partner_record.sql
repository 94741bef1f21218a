-- Partner support: her record, behind the wall. Proactive contact (the letter and pack, then
-- attempts by phone, text and outreach, each with its outcome), where contact stands, her own DASH,
-- her safety plan as a living document, referrals on, one-to-one and telephone work, her view of
-- her and her children's safety, and her consents.
--
-- [wall] marks everything she gave or that says how, when or where she was reached. Coded [wall]
-- columns (a status, a date, a yes or no) cannot carry a test marker; PartnerRecordWallTest lists
-- them and proves every route to them refuses the perpetrator-facing roles.

ALTER TABLE partner ADD COLUMN contact_status VARCHAR(20) NOT NULL DEFAULT 'NOT_YET_CONTACTED';
ALTER TABLE partner ADD CONSTRAINT partner_contact_status_known CHECK (contact_status IN
    ('NOT_YET_CONTACTED', 'CONTACTED', 'ENGAGED', 'DECLINED', 'UNREACHABLE'));
ALTER TABLE partner ADD COLUMN contact_status_on DATE;
ALTER TABLE partner ADD COLUMN do_not_contact_by VARCHAR(20)[] NOT NULL DEFAULT '{}';
ALTER TABLE partner ADD COLUMN letter_sent_on DATE;
ALTER TABLE partner ADD COLUMN her_view_of_safety TEXT;
ALTER TABLE partner ADD COLUMN childrens_safety_view TEXT;
ALTER TABLE partner ADD COLUMN consent_to_share BOOLEAN;
ALTER TABLE partner ADD COLUMN consent_to_attendance BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX partner_not_yet_contacted ON partner (referral_id) WHERE contact_status = 'NOT_YET_CONTACTED';
COMMENT ON COLUMN partner.contact_status IS '[wall] where proactive contact with her stands: not yet contacted, contacted, engaged, declined, unreachable';
COMMENT ON COLUMN partner.contact_status_on IS '[wall] the date her contact status last changed';
COMMENT ON COLUMN partner.do_not_contact_by IS '[wall] the ways she must not be contacted, e.g. text, letter';
COMMENT ON COLUMN partner.letter_sent_on IS '[wall] the date her letter and information pack went';
COMMENT ON COLUMN partner.her_view_of_safety IS '[wall] her own view of her safety, in her words';
COMMENT ON COLUMN partner.childrens_safety_view IS '[wall] her own view of her children''s safety';
COMMENT ON COLUMN partner.consent_to_share IS '[wall] whether she consents to information being shared with other agencies';
COMMENT ON COLUMN partner.consent_to_attendance IS '[wall] whether she has asked to be told his attendance';

CREATE TABLE partner_contact_status_change (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id   BIGINT       NOT NULL REFERENCES partner (id),
    status       VARCHAR(20)  NOT NULL,
    changed_on   DATE         NOT NULL,
    recorded_by  VARCHAR(80)  NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX partner_contact_status_change_partner ON partner_contact_status_change (partner_id, id);
COMMENT ON TABLE partner_contact_status_change IS 'Every change in where contact with her stands, with its date: behind the wall.';
COMMENT ON COLUMN partner_contact_status_change.id IS '[open] surrogate key';
COMMENT ON COLUMN partner_contact_status_change.partner_id IS '[open] the partner';
COMMENT ON COLUMN partner_contact_status_change.status IS '[wall] the status she moved to';
COMMENT ON COLUMN partner_contact_status_change.changed_on IS '[wall] the date it changed';
COMMENT ON COLUMN partner_contact_status_change.recorded_by IS '[open] who recorded it';
COMMENT ON COLUMN partner_contact_status_change.recorded_at IS '[open] when it was recorded';

CREATE TABLE contact_attempt (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id         BIGINT       NOT NULL REFERENCES partner (id),
    method             VARCHAR(30)  NOT NULL,
    attempted_at       TIMESTAMPTZ  NOT NULL,
    outcome            VARCHAR(30)  NOT NULL,
    venue              VARCHAR(200),
    notes              TEXT,
    within_safe_times  BOOLEAN      NOT NULL,
    recorded_by        VARCHAR(80)  NOT NULL,
    recorded_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX contact_attempt_partner ON contact_attempt (partner_id, attempted_at);
COMMENT ON TABLE contact_attempt IS 'A proactive attempt to reach her, and what came of it: behind the wall.';
COMMENT ON COLUMN contact_attempt.id IS '[open] surrogate key';
COMMENT ON COLUMN contact_attempt.partner_id IS '[open] the partner';
COMMENT ON COLUMN contact_attempt.method IS '[wall] phone, text, email or an outreach meeting';
COMMENT ON COLUMN contact_attempt.attempted_at IS '[wall] when the attempt was made';
COMMENT ON COLUMN contact_attempt.outcome IS '[wall] what came of it, e.g. no answer, spoke with her';
COMMENT ON COLUMN contact_attempt.venue IS '[wall] where an outreach meeting was held: her location';
COMMENT ON COLUMN contact_attempt.notes IS '[wall] the worker''s notes, which may hold her words';
COMMENT ON COLUMN contact_attempt.within_safe_times IS '[wall] the worker confirmed the attempt fell within her safe contact times';
COMMENT ON COLUMN contact_attempt.recorded_by IS '[open] who recorded it';
COMMENT ON COLUMN contact_attempt.recorded_at IS '[open] when it was recorded';

CREATE TABLE letter_template (
    id          INTEGER      PRIMARY KEY CHECK (id = 1),
    body        TEXT         NOT NULL,
    updated_by  VARCHAR(80)  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     INTEGER      NOT NULL DEFAULT 0
);
COMMENT ON TABLE letter_template IS 'The service''s own words for the letter that goes with the information pack; one per service.';
COMMENT ON COLUMN letter_template.id IS '[open] always 1: the service has one letter';
COMMENT ON COLUMN letter_template.body IS '[open] the letter''s text, with placeholders for her name, the date and the worker; never anything from him';
COMMENT ON COLUMN letter_template.updated_by IS '[open] who last changed it';
COMMENT ON COLUMN letter_template.updated_at IS '[open] when it was last changed';
COMMENT ON COLUMN letter_template.version IS '[open] optimistic-locking version';

INSERT INTO letter_template (id, body, updated_by, updated_at) VALUES (1,
'Dear {name},

We are writing because we offer support to women whose partner or former partner has been referred to our service. The support is free, confidential and separate from any work we do with him. Whether or not you take it up, and whatever you tell us, makes no difference to the work we do with him, and we will not tell him that you have been in touch.

You can talk to us about your safety and your children''s safety, about what you want to happen next, and about the services that can help, such as refuge, an independent domestic violence adviser and legal protection.

With this letter is an information pack. Keep it somewhere safe, or throw it away if it is not safe to keep.

We will try to contact you in the next few days, only in the ways and at the times that we understand to be safe. If there is a safer way or time to reach you, or you would rather we did not contact you, please call us.

If you are in danger now, call 999. If you cannot speak, dial 55 when prompted.

Yours sincerely,

{worker}
Partner support
{date}', 'system', now());

CREATE TABLE partner_dash (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id     BIGINT       NOT NULL REFERENCES partner (id),
    completed_on   DATE         NOT NULL,
    answers        JSONB        NOT NULL,
    score          INTEGER      NOT NULL CHECK (score BETWEEN 0 AND 24),
    strangulation  BOOLEAN      NOT NULL,
    notes          TEXT,
    recorded_by    VARCHAR(80)  NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX partner_dash_partner ON partner_dash (partner_id, completed_on);
COMMENT ON TABLE partner_dash IS 'The DASH checklist completed with her: her answers, behind the wall.';
COMMENT ON COLUMN partner_dash.id IS '[open] surrogate key';
COMMENT ON COLUMN partner_dash.partner_id IS '[open] the partner';
COMMENT ON COLUMN partner_dash.completed_on IS '[wall] the date it was completed with her';
COMMENT ON COLUMN partner_dash.answers IS '[wall] her answer to each indicator';
COMMENT ON COLUMN partner_dash.score IS '[wall] the number of yes answers';
COMMENT ON COLUMN partner_dash.strangulation IS '[wall] whether she answered yes to strangulation';
COMMENT ON COLUMN partner_dash.notes IS '[wall] the worker''s notes on the checklist, which may hold her words';
COMMENT ON COLUMN partner_dash.recorded_by IS '[open] who recorded it';
COMMENT ON COLUMN partner_dash.recorded_at IS '[open] when it was recorded';

CREATE TABLE safety_plan_revision (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id   BIGINT       NOT NULL REFERENCES partner (id),
    plan         TEXT         NOT NULL,
    review_on    DATE         NOT NULL,
    recorded_by  VARCHAR(80)  NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX safety_plan_revision_partner ON safety_plan_revision (partner_id, id);
COMMENT ON TABLE safety_plan_revision IS 'Her safety plan, a living document: each revision kept, the newest is current.';
COMMENT ON COLUMN safety_plan_revision.id IS '[open] surrogate key';
COMMENT ON COLUMN safety_plan_revision.partner_id IS '[open] the partner';
COMMENT ON COLUMN safety_plan_revision.plan IS '[wall] the plan, which holds where she can go and whom she can call';
COMMENT ON COLUMN safety_plan_revision.review_on IS '[wall] when the plan is next to be reviewed with her';
COMMENT ON COLUMN safety_plan_revision.recorded_by IS '[open] who recorded it';
COMMENT ON COLUMN safety_plan_revision.recorded_at IS '[open] when it was recorded';

CREATE TABLE partner_referral_on (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id   BIGINT       NOT NULL REFERENCES partner (id),
    service      VARCHAR(40)  NOT NULL,
    referred_on  DATE         NOT NULL,
    detail       TEXT,
    recorded_by  VARCHAR(80)  NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX partner_referral_on_partner ON partner_referral_on (partner_id);
COMMENT ON TABLE partner_referral_on IS 'Where she was referred on to: refuge, IDVA, MARAC, housing, legal protection.';
COMMENT ON COLUMN partner_referral_on.id IS '[open] surrogate key';
COMMENT ON COLUMN partner_referral_on.partner_id IS '[open] the partner';
COMMENT ON COLUMN partner_referral_on.service IS '[wall] the service she was referred to, e.g. refuge';
COMMENT ON COLUMN partner_referral_on.referred_on IS '[wall] the date of the referral';
COMMENT ON COLUMN partner_referral_on.detail IS '[wall] detail, e.g. which refuge: her location';
COMMENT ON COLUMN partner_referral_on.recorded_by IS '[open] who recorded it';
COMMENT ON COLUMN partner_referral_on.recorded_at IS '[open] when it was recorded';

CREATE TABLE support_session (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id   BIGINT       NOT NULL REFERENCES partner (id),
    kind         VARCHAR(20)  NOT NULL,
    held_on      DATE         NOT NULL,
    minutes      INTEGER      NOT NULL CHECK (minutes BETWEEN 1 AND 600),
    notes        TEXT,
    recorded_by  VARCHAR(80)  NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX support_session_partner ON support_session (partner_id, held_on);
COMMENT ON TABLE support_session IS 'One-to-one and telephone work with her.';
COMMENT ON COLUMN support_session.id IS '[open] surrogate key';
COMMENT ON COLUMN support_session.partner_id IS '[open] the partner';
COMMENT ON COLUMN support_session.kind IS '[wall] one-to-one or telephone';
COMMENT ON COLUMN support_session.held_on IS '[wall] the date of the session';
COMMENT ON COLUMN support_session.minutes IS '[wall] how long it lasted';
COMMENT ON COLUMN support_session.notes IS '[wall] the worker''s notes, which hold what she said';
COMMENT ON COLUMN support_session.recorded_by IS '[open] who recorded it';
COMMENT ON COLUMN support_session.recorded_at IS '[open] when it was recorded';
