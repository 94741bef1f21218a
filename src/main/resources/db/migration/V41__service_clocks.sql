-- The service's clocks (issue 16 §6): contact attempts with him, the targets the service sets, and
-- the working-day arithmetic the published clock view needs.

-- Attempts to reach him. Partner support records its attempts to reach her in contact_attempt,
-- behind the wall; these are his and are open to everyone working his case.
CREATE TABLE his_contact_attempt (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id   BIGINT       NOT NULL REFERENCES referral (id),
    attempted_at  TIMESTAMPTZ  NOT NULL,
    method        VARCHAR(20)  NOT NULL
        CONSTRAINT his_contact_attempt_method_known CHECK (method IN ('PHONE', 'TEXT_MESSAGE', 'EMAIL', 'LETTER', 'IN_PERSON')),
    reached       BOOLEAN      NOT NULL,
    recorded_by   VARCHAR(80)  NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX his_contact_attempt_case ON his_contact_attempt (referral_id, attempted_at);
COMMENT ON TABLE his_contact_attempt IS 'An attempt to reach him (the man referred), and whether it did: his first contact clock stops at the first.';
COMMENT ON COLUMN his_contact_attempt.id IS '[open] surrogate key';
COMMENT ON COLUMN his_contact_attempt.referral_id IS '[open] his case';
COMMENT ON COLUMN his_contact_attempt.attempted_at IS '[open] when the attempt was made; its day is counted in Europe/London';
COMMENT ON COLUMN his_contact_attempt.method IS '[open] how: phone, text message, email, letter or in person';
COMMENT ON COLUMN his_contact_attempt.reached IS '[open] whether the attempt reached him';
COMMENT ON COLUMN his_contact_attempt.recorded_by IS '[open] the worker who made and recorded it';
COMMENT ON COLUMN his_contact_attempt.recorded_at IS '[open] when it was recorded';

-- The targets, service-wide: one contract sets them for every area the service covers. One row,
-- changed by a manager with optimistic locking.
CREATE TABLE clock_target (
    id                         SMALLINT     PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    his_first_attempt_days     SMALLINT     NOT NULL CHECK (his_first_attempt_days BETWEEN 0 AND 250),
    his_assessment_days        SMALLINT     NOT NULL CHECK (his_assessment_days BETWEEN 0 AND 250),
    his_programme_start_days   SMALLINT     NOT NULL CHECK (his_programme_start_days BETWEEN 0 AND 250),
    her_first_attempt_days     SMALLINT     NOT NULL CHECK (her_first_attempt_days BETWEEN 0 AND 250),
    her_reached_days           SMALLINT     NOT NULL CHECK (her_reached_days BETWEEN 0 AND 250),
    version                    INTEGER      NOT NULL DEFAULT 0,
    changed_by                 VARCHAR(80),
    changed_at                 TIMESTAMPTZ
);
COMMENT ON TABLE clock_target IS 'The service''s targets for its clocks, in working days from the referral date; one row for the whole service.';
COMMENT ON COLUMN clock_target.id IS '[open] always 1: there is one set of targets';
COMMENT ON COLUMN clock_target.his_first_attempt_days IS '[open] working days from referral to the first attempt to contact him';
COMMENT ON COLUMN clock_target.his_assessment_days IS '[open] working days from referral to his first assessment session';
COMMENT ON COLUMN clock_target.his_programme_start_days IS '[open] working days from referral to the first group session he attended';
COMMENT ON COLUMN clock_target.her_first_attempt_days IS '[open] working days from referral to the first attempt to contact her';
COMMENT ON COLUMN clock_target.her_reached_days IS '[open] working days from referral to reaching her';
COMMENT ON COLUMN clock_target.version IS '[open] optimistic-locking version';
COMMENT ON COLUMN clock_target.changed_by IS '[open] the manager who last changed the targets; null for the defaults';
COMMENT ON COLUMN clock_target.changed_at IS '[open] when they were last changed';

-- Service defaults, to be set by the service (docs/clocks.md): 2, 15 and 40 working days for him;
-- 1 and 5 for her.
INSERT INTO clock_target (his_first_attempt_days, his_assessment_days, his_programme_start_days,
                          her_first_attempt_days, her_reached_days)
VALUES (2, 15, 40, 1, 5);

-- The working day n working days after a day, as WorkingDays.add counts it (n = 0: the day itself,
-- or the next working day when it is a day off), on the bank holidays the service keeps. A test
-- checks the two agree (ClockViewAgreesTest).
CREATE FUNCTION add_working_days(from_day DATE, days INTEGER) RETURNS DATE
LANGUAGE sql STABLE AS $$
    SELECT g.day::date
    FROM generate_series(from_day, from_day + (days * 2 + 30), INTERVAL '1 day') AS g(day)
    WHERE extract(isodow FROM g.day) < 6
      AND NOT EXISTS (SELECT 1 FROM bank_holiday b WHERE b.day = g.day::date)
    ORDER BY g.day
    OFFSET days LIMIT 1
$$;
COMMENT ON FUNCTION add_working_days(DATE, INTEGER) IS 'The working day that many working days after a day, skipping weekends and bank_holiday.';
