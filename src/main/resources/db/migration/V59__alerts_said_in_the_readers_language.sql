-- An alert was kept as one English sentence, so a worker who chose Welsh read it in English. It is
-- now kept as what happened, and each reader's page puts that into their own language. Alerts
-- raised before keep only their sentence, and are shown as it.
ALTER TABLE risk_alert
    ADD COLUMN kind       varchar(30),
    ADD COLUMN event_kind varchar(40),
    ADD COLUMN detail     varchar(300);
COMMENT ON COLUMN risk_alert.kind IS '[open] what the alert is about: EVENT, DASH, DASH_STRANGULATION, HELD_BY_THE_SERVICE, CALL_OUTS or JUDGEMENT; null for an alert raised before, which has only its message';
COMMENT ON COLUMN risk_alert.event_kind IS '[open] for an EVENT alert, the kind of risk event recorded';
COMMENT ON COLUMN risk_alert.detail IS '[open] what the sentence names besides the case: the DASH score, the number of police call-outs, or the worker''s reasons for a referral on professional judgement, as typed';
COMMENT ON COLUMN risk_alert.message IS '[open] what the alert says, in English; shown only for an alert with no kind';
