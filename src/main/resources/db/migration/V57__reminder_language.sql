-- Reminders go out in the language he chose: Welsh public services must offer Welsh, and a
-- reminder in a language he does not read is no reminder. Notify templates hold the wording, so
-- each reminder has a Welsh template beside the English one; the date and the appointment's name
-- given to it are in the same language.
ALTER TABLE man_reminder_preference
  ADD COLUMN language text NOT NULL DEFAULT 'ENGLISH' CHECK (language IN ('ENGLISH', 'WELSH'));
COMMENT ON COLUMN man_reminder_preference.language IS '[open] the language he wants his reminders in: English or Welsh';

ALTER TABLE reminder_template
  ADD COLUMN sms_template_id_cy uuid,
  ADD COLUMN email_template_id_cy uuid;
COMMENT ON COLUMN reminder_template.sms_template_id_cy IS '[open] the GOV.UK Notify template for a text message in Welsh; without it a Welsh reminder goes in English';
COMMENT ON COLUMN reminder_template.email_template_id_cy IS '[open] the GOV.UK Notify template for an email in Welsh; without it a Welsh reminder goes in English';
