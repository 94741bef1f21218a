-- Refused access is recorded. Every 403 (a role that may not see her record asking for it) and
-- every 404 for a case the user may not open (another area's, or none at all) goes into the audit
-- trail as a REFUSED entry; audit_event.action is not constrained, so the trail itself needs no
-- change beyond an index to count one person's recent refusals. Someone refused again and again
-- raises one alert for the service managers of their areas, kept here until a manager has seen it.

COMMENT ON COLUMN audit_event.action IS '[open] READ, LIST, CREATE, UPDATE, DELETE, DOWNLOAD, or REFUSED for a request that was refused (403, or 404 for a case the user may not open)';

CREATE INDEX audit_event_refused ON audit_event (username, occurred_at) WHERE action = 'REFUSED';

CREATE TABLE refusal_alert (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id          BIGINT       NOT NULL REFERENCES app_user (id),
    username         VARCHAR(80)  NOT NULL,
    area_ids         BIGINT[]     NOT NULL,
    refusals         INTEGER      NOT NULL CHECK (refusals > 0),
    since            TIMESTAMPTZ  NOT NULL,
    raised_at        TIMESTAMPTZ  NOT NULL,
    acknowledged_at  TIMESTAMPTZ,
    acknowledged_by  VARCHAR(80)
);
CREATE INDEX refusal_alert_open ON refusal_alert USING gin (area_ids) WHERE acknowledged_at IS NULL;
CREATE INDEX refusal_alert_user ON refusal_alert (username, raised_at);
COMMENT ON TABLE refusal_alert IS 'One person refused access repeatedly within a short time: an alert to the service managers of their areas, raised once per burst.';
COMMENT ON COLUMN refusal_alert.id IS '[open] surrogate key';
COMMENT ON COLUMN refusal_alert.user_id IS '[open] the user who was refused';
COMMENT ON COLUMN refusal_alert.username IS '[open] their sign-in name, as the audit trail records it';
COMMENT ON COLUMN refusal_alert.area_ids IS '[open] the areas whose managers are alerted: the user''s own, and the area of a case they were refused';
COMMENT ON COLUMN refusal_alert.refusals IS '[open] how many refusals within the window raised it';
COMMENT ON COLUMN refusal_alert.since IS '[open] when the first of those refusals was';
COMMENT ON COLUMN refusal_alert.raised_at IS '[open] when it was raised';
COMMENT ON COLUMN refusal_alert.acknowledged_at IS '[open] when a manager acknowledged it';
COMMENT ON COLUMN refusal_alert.acknowledged_by IS '[open] the manager who acknowledged it';
