-- Reminders of appointments by GOV.UK Notify (issue 16 §5): how he wants to be reminded, the
-- templates the service sets in Notify and when each is sent, and an outbox of reminders that a
-- scheduled job sends. The outbox keeps what was done with each reminder (sent with Notify's id,
-- skipped, held, failed with a reason) but never the message itself.

CREATE TABLE man_reminder_preference (
    referral_id  BIGINT       PRIMARY KEY REFERENCES referral (id),
    channel      VARCHAR(10)  NOT NULL CHECK (channel IN ('TEXT', 'EMAIL', 'NONE')),
    email        VARCHAR(160),
    updated_by   VARCHAR(80)  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    version      INTEGER      NOT NULL DEFAULT 0
);
COMMENT ON TABLE man_reminder_preference IS 'How he wants to be reminded of his appointments; no row means he has not said, and he is not reminded.';
COMMENT ON COLUMN man_reminder_preference.referral_id IS '[open] his case';
COMMENT ON COLUMN man_reminder_preference.channel IS '[open] text (to his phone on the referral), email, or none';
COMMENT ON COLUMN man_reminder_preference.email IS '[open] his email address for reminders';
COMMENT ON COLUMN man_reminder_preference.updated_by IS '[open] who last changed it';
COMMENT ON COLUMN man_reminder_preference.updated_at IS '[open] when it was last changed';
COMMENT ON COLUMN man_reminder_preference.version IS '[open] optimistic-locking version';

CREATE TABLE reminder_template (
    code                VARCHAR(30)  PRIMARY KEY,
    days_before         INTEGER      NOT NULL CHECK (days_before BETWEEN 0 AND 14),
    send_at             TIME         NOT NULL,
    sms_template_id     UUID,
    email_template_id   UUID,
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_by          VARCHAR(80)  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    version             INTEGER      NOT NULL DEFAULT 0
);
COMMENT ON TABLE reminder_template IS 'The reminders the service sends before each appointment with him: when, and which Notify template for a text and for an email. Personalisation: first_name, date, time, place, worker, appointment.';
COMMENT ON COLUMN reminder_template.code IS '[open] which reminder this is, e.g. TWO_DAYS_BEFORE';
COMMENT ON COLUMN reminder_template.days_before IS '[open] how many days before the appointment it is sent (0: on the day)';
COMMENT ON COLUMN reminder_template.send_at IS '[open] the time of day it is sent, UK time';
COMMENT ON COLUMN reminder_template.sms_template_id IS '[open] the GOV.UK Notify template for a text message';
COMMENT ON COLUMN reminder_template.email_template_id IS '[open] the GOV.UK Notify template for an email';
COMMENT ON COLUMN reminder_template.active IS '[open] whether this reminder is sent for newly booked appointments';
COMMENT ON COLUMN reminder_template.updated_by IS '[open] who last changed it';
COMMENT ON COLUMN reminder_template.updated_at IS '[open] when it was last changed';
COMMENT ON COLUMN reminder_template.version IS '[open] optimistic-locking version';

INSERT INTO reminder_template (code, days_before, send_at, updated_by, updated_at) VALUES
    ('TWO_DAYS_BEFORE', 2, '10:00', 'system', now()),
    ('ON_THE_DAY', 0, '08:00', 'system', now());

CREATE TABLE reminder (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id      BIGINT       NOT NULL REFERENCES referral (id),
    appointment_id   BIGINT,
    recipient        VARCHAR(3)   NOT NULL CHECK (recipient IN ('HIM', 'HER')),
    partner_id       BIGINT       REFERENCES partner (id),
    channel          VARCHAR(10)  CHECK (channel IN ('TEXT', 'EMAIL')),
    template_code    VARCHAR(30)  REFERENCES reminder_template (code),
    template_id      UUID,
    appointment_kind VARCHAR(20),
    starts_at        TIMESTAMPTZ  NOT NULL,
    place            VARCHAR(200),
    worker_name      VARCHAR(120),
    safe_time_confirmed BOOLEAN   NOT NULL DEFAULT FALSE,
    due_at           TIMESTAMPTZ  NOT NULL,
    status           VARCHAR(10)  NOT NULL DEFAULT 'PENDING'
        CHECK (status IN ('PENDING', 'SENT', 'CANCELLED', 'SKIPPED', 'HELD', 'FAILED')),
    attempts         INTEGER      NOT NULL DEFAULT 0,
    next_try_at      TIMESTAMPTZ  NOT NULL,
    notify_id        UUID,
    reason           VARCHAR(200),
    done_at          TIMESTAMPTZ,
    created_at       TIMESTAMPTZ  NOT NULL,
    CHECK ((recipient = 'HER') = (partner_id IS NOT NULL))
);
COMMENT ON TABLE reminder IS 'Reminders to send by GOV.UK Notify (an outbox) and what became of each; never the message or her contact details.';
COMMENT ON COLUMN reminder.id IS '[open] identifier';
COMMENT ON COLUMN reminder.referral_id IS '[open] the case';
COMMENT ON COLUMN reminder.appointment_id IS '[open] the appointment with him it reminds of, if any';
COMMENT ON COLUMN reminder.recipient IS '[open] HIM, or HER: a partner on the case, sent only if her contact rules allow it at the time';
COMMENT ON COLUMN reminder.partner_id IS '[open] the woman, for a reminder to her';
COMMENT ON COLUMN reminder.channel IS '[open] for her: text or email, chosen when it was booked; for him it comes from his preference when it is sent';
COMMENT ON COLUMN reminder.template_code IS '[open] the service''s reminder (reminder_template) it follows, for him';
COMMENT ON COLUMN reminder.template_id IS '[open] for her: the Notify template chosen when it was booked';
COMMENT ON COLUMN reminder.appointment_kind IS '[open] assessment or one-to-one, for him';
COMMENT ON COLUMN reminder.starts_at IS '[open] when the appointment starts';
COMMENT ON COLUMN reminder.place IS '[open] where his appointment is; never set for her';
COMMENT ON COLUMN reminder.worker_name IS '[open] the worker he or she will see';
COMMENT ON COLUMN reminder.safe_time_confirmed IS '[open] for her: the worker confirmed the time it is due is within her safe contact times';
COMMENT ON COLUMN reminder.due_at IS '[open] when it should be sent';
COMMENT ON COLUMN reminder.status IS '[open] pending, sent, cancelled, skipped (nothing to send to), held (her contact rules did not allow it) or failed';
COMMENT ON COLUMN reminder.attempts IS '[open] how many times sending was tried';
COMMENT ON COLUMN reminder.next_try_at IS '[open] when the job next tries it';
COMMENT ON COLUMN reminder.notify_id IS '[open] GOV.UK Notify''s id for the message sent';
COMMENT ON COLUMN reminder.reason IS '[open] why it was skipped, held or failed, in words that hold no contact details';
COMMENT ON COLUMN reminder.done_at IS '[open] when it was sent, cancelled, skipped, held or failed';
COMMENT ON COLUMN reminder.created_at IS '[open] when it was booked';

-- The job's one query: pending reminders whose time has come, oldest first.
CREATE INDEX reminder_pending ON reminder (next_try_at) WHERE status = 'PENDING';
CREATE INDEX reminder_by_case ON reminder (referral_id, due_at);
CREATE INDEX reminder_by_appointment ON reminder (appointment_id) WHERE status = 'PENDING';
