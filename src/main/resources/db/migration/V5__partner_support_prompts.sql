-- Partner support: a task for every change in his status, due within the working days the
-- service sets for that kind of change, counted without weekends and bank holidays.
-- Every column is marked [open] or [wall] as in V1.

ALTER TABLE partner_support_task ADD COLUMN reason VARCHAR(300);
COMMENT ON COLUMN partner_support_task.reason IS '[open] why the task exists, e.g. he was released from custody; never her words';

CREATE TABLE partner_support_prompt (
    prompt        VARCHAR(40)  PRIMARY KEY,
    working_days  INTEGER      NOT NULL CHECK (working_days >= 0 AND working_days <= 30)
);
COMMENT ON TABLE partner_support_prompt IS 'The service''s due time, in working days, for contacting her after each kind of change in his status.';
COMMENT ON COLUMN partner_support_prompt.prompt IS '[open] the kind of change, e.g. released from custody';
COMMENT ON COLUMN partner_support_prompt.working_days IS '[open] within how many working days she is to be contacted';

INSERT INTO partner_support_prompt (prompt, working_days) VALUES
    ('RELEASED_FROM_CUSTODY', 1),
    ('TAKEN_INTO_CUSTODY', 1),
    ('CHILD_CONTACT_SOUGHT', 1),
    ('MISSED_SESSION', 2),
    ('SUSPENDED', 1),
    ('EXITED', 1),
    ('ACCEPTED', 3),
    ('STARTED', 3),
    ('COMPLETED', 3);

CREATE TABLE bank_holiday (
    day   DATE         PRIMARY KEY,
    name  VARCHAR(80)  NOT NULL
);
COMMENT ON TABLE bank_holiday IS 'Bank holidays in England and Wales: not working days when due times are counted.';
COMMENT ON COLUMN bank_holiday.day IS '[open] the date of the bank holiday';
COMMENT ON COLUMN bank_holiday.name IS '[open] its name, e.g. Easter Monday';

INSERT INTO bank_holiday (day, name) VALUES
    ('2026-01-01', 'New Year''s Day'),
    ('2026-04-03', 'Good Friday'),
    ('2026-04-06', 'Easter Monday'),
    ('2026-05-04', 'Early May bank holiday'),
    ('2026-05-25', 'Spring bank holiday'),
    ('2026-08-31', 'Summer bank holiday'),
    ('2026-12-25', 'Christmas Day'),
    ('2026-12-28', 'Boxing Day (substitute day)'),
    ('2027-01-01', 'New Year''s Day'),
    ('2027-03-26', 'Good Friday'),
    ('2027-03-29', 'Easter Monday'),
    ('2027-05-03', 'Early May bank holiday'),
    ('2027-05-31', 'Spring bank holiday'),
    ('2027-08-30', 'Summer bank holiday'),
    ('2027-12-27', 'Christmas Day (substitute day)'),
    ('2027-12-28', 'Boxing Day (substitute day)');

COMMENT ON COLUMN risk_event.kind IS '[open] police call-out, disclosure, partner report, new partner, release from custody, taken into custody, child contact sought, court order, missed session, child protection, programme status, other';
