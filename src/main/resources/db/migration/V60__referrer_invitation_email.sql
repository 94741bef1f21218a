-- A referrer's invitation is emailed through GOV.UK Notify when the service has set a template:
-- what became of the email is kept with the invitation, so the managers' list can say whether
-- each was sent, and one that failed can be sent again.
ALTER TABLE referrer_invitation
    ADD COLUMN email_language VARCHAR(10)  NOT NULL DEFAULT 'ENGLISH'
        CHECK (email_language IN ('ENGLISH', 'WELSH')),
    ADD COLUMN email_status   VARCHAR(10)  NOT NULL DEFAULT 'NOT_SENT'
        CHECK (email_status IN ('NOT_SENT', 'SENT', 'FAILED')),
    ADD COLUMN email_reason   VARCHAR(200),
    ADD COLUMN notify_id      UUID,
    ADD COLUMN emailed_at     TIMESTAMPTZ;
COMMENT ON COLUMN referrer_invitation.email_language IS '[open] the language the invitation email is written in: ENGLISH or WELSH';
COMMENT ON COLUMN referrer_invitation.email_status IS '[open] whether the invitation was emailed through GOV.UK Notify: NOT_SENT (Notify or its template not set), SENT or FAILED';
COMMENT ON COLUMN referrer_invitation.email_reason IS '[open] why it was not emailed, naming no one (e.g. GOV.UK Notify answered 500)';
COMMENT ON COLUMN referrer_invitation.notify_id IS '[open] GOV.UK Notify''s id for the email sent';
COMMENT ON COLUMN referrer_invitation.emailed_at IS '[open] when the email was last tried';

-- One row: the GOV.UK Notify templates of the invitation email, set by a service manager.
CREATE TABLE referrer_invitation_template (
    id              SMALLINT     PRIMARY KEY CHECK (id = 1),
    template_id     UUID,
    template_id_cy  UUID,
    updated_by      VARCHAR(80),
    updated_at      TIMESTAMPTZ,
    version         INTEGER      NOT NULL DEFAULT 0
);
INSERT INTO referrer_invitation_template (id) VALUES (1);
COMMENT ON TABLE referrer_invitation_template IS '[open] the GOV.UK Notify templates a referrer''s invitation is emailed with; one row';
COMMENT ON COLUMN referrer_invitation_template.id IS '[open] always 1: there is one setting';
COMMENT ON COLUMN referrer_invitation_template.template_id IS '[open] the English email template''s id in GOV.UK Notify; none, and invitations are not emailed';
COMMENT ON COLUMN referrer_invitation_template.template_id_cy IS '[open] the Welsh email template''s id; none, and a Welsh invitation is sent in English';
COMMENT ON COLUMN referrer_invitation_template.updated_by IS '[open] username of the manager who last changed it';
COMMENT ON COLUMN referrer_invitation_template.updated_at IS '[open] when it was last changed';
COMMENT ON COLUMN referrer_invitation_template.version IS '[open] optimistic-lock version';
