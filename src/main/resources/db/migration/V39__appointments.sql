-- Appointments with him: assessment appointments and one-to-one sessions, each with its time,
-- place and worker, and what happened. A rescheduled appointment keeps its row and outcome and
-- points to the one that replaced it, so his history shows every change. Nothing here is about
-- her: every column is [open].
CREATE TABLE appointment (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id         BIGINT       NOT NULL REFERENCES referral (id),
    kind                VARCHAR(20)  NOT NULL
        CONSTRAINT appointment_kind_known CHECK (kind IN ('ASSESSMENT', 'ONE_TO_ONE')),
    starts_at           TIMESTAMPTZ  NOT NULL,
    minutes             INTEGER      NOT NULL
        CONSTRAINT appointment_minutes_sensible CHECK (minutes BETWEEN 5 AND 480),
    place               VARCHAR(200) NOT NULL,
    worker_id           BIGINT       NOT NULL REFERENCES app_user (id),
    outcome             VARCHAR(20)
        CONSTRAINT appointment_outcome_known
            CHECK (outcome IN ('ATTENDED', 'LATE', 'DID_NOT_ATTEND', 'CANCELLED', 'RESCHEDULED')),
    asked_by            VARCHAR(20)
        CONSTRAINT appointment_asked_by_known CHECK (asked_by IN ('HIM', 'SERVICE', 'OTHER_AGENCY')),
    outcome_reason      VARCHAR(500),
    outcome_recorded_at TIMESTAMPTZ,
    outcome_recorded_by VARCHAR(80),
    rescheduled_to      BIGINT REFERENCES appointment (id),
    booked_at           TIMESTAMPTZ  NOT NULL,
    booked_by           VARCHAR(80)  NOT NULL,
    version             INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX appointment_case ON appointment (referral_id, starts_at);
CREATE INDEX appointment_worker ON appointment (worker_id, starts_at);
CREATE INDEX appointment_place ON appointment (lower(place), starts_at);
COMMENT ON TABLE appointment IS 'An assessment appointment or one-to-one session with him, and its outcome.';
COMMENT ON COLUMN appointment.id IS '[open] surrogate key';
COMMENT ON COLUMN appointment.referral_id IS '[open] his case';
COMMENT ON COLUMN appointment.kind IS '[open] an assessment appointment or a one-to-one session';
COMMENT ON COLUMN appointment.starts_at IS '[open] when it starts';
COMMENT ON COLUMN appointment.minutes IS '[open] how long it is booked for, in minutes';
COMMENT ON COLUMN appointment.place IS '[open] the venue where he is seen: a service office, never her address';
COMMENT ON COLUMN appointment.worker_id IS '[open] the perpetrator worker who sees him';
COMMENT ON COLUMN appointment.outcome IS '[open] attended, late, did not attend, cancelled or rescheduled; null until recorded';
COMMENT ON COLUMN appointment.asked_by IS '[open] who asked for it to be cancelled or moved: him, the service or another agency';
COMMENT ON COLUMN appointment.outcome_reason IS '[open] why it was cancelled or moved, or a note on the outcome';
COMMENT ON COLUMN appointment.outcome_recorded_at IS '[open] when the outcome was recorded';
COMMENT ON COLUMN appointment.outcome_recorded_by IS '[open] username who recorded the outcome';
COMMENT ON COLUMN appointment.rescheduled_to IS '[open] the appointment that replaced this one when it was rescheduled';
COMMENT ON COLUMN appointment.booked_at IS '[open] when it was booked';
COMMENT ON COLUMN appointment.booked_by IS '[open] username who booked it';
COMMENT ON COLUMN appointment.version IS '[open] optimistic-locking version';
