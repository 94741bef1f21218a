-- Evaluations: the woman's own follow-up evaluation at 3, 6 and 18 months after she was first
-- reached (with the six Mirabal measures of success the worker goes through with her), and the
-- evaluation a referrer returns about the work with a case.
--
-- Her evaluation is behind the wall: every column that says anything about her or about when she
-- was spoken to is [wall]. As in V8, no unique constraint or check covers a [wall] column, so no
-- database error message can quote one: the service checks ratings and refuses a second
-- evaluation for the same point while holding a lock on her row.
--
-- Both kinds of evaluation are insert-only: a completed evaluation is what she (or the referrer)
-- said on the day and is never edited, so neither table has a version column.
-- Every column is marked [open] or [wall] as in V1.

-- The date she was first reached (her contact status first moved to contacted or engaged), from
-- which her follow-up evaluations are due. One row per woman; its presence means the three
-- evaluation tasks were created.
CREATE TABLE partner_evaluation_schedule (
    partner_id  BIGINT       PRIMARY KEY REFERENCES partner (id),
    reached_on  DATE         NOT NULL
);
COMMENT ON TABLE partner_evaluation_schedule IS 'When her follow-up evaluations are due from: behind the wall.';
COMMENT ON COLUMN partner_evaluation_schedule.partner_id IS '[open] the partner';
COMMENT ON COLUMN partner_evaluation_schedule.reached_on IS '[wall] the date she was first reached, from which her 3, 6 and 18-month evaluations are due';

CREATE TABLE partner_evaluation (
    id                        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id                BIGINT       NOT NULL REFERENCES partner (id),
    point                     VARCHAR(20)  NOT NULL,
    completed_on              DATE         NOT NULL,
    violence                  SMALLINT     NOT NULL,
    abusive_behaviour         SMALLINT     NOT NULL,
    feeling_safe              SMALLINT     NOT NULL,
    childrens_safety          SMALLINT,
    quality_of_life           SMALLINT     NOT NULL,
    respectful_communication  SMALLINT,
    space_for_action          SMALLINT,
    safety_and_freedom        SMALLINT,
    shared_parenting          SMALLINT,
    awareness_of_self         SMALLINT,
    safer_childhoods          SMALLINT,
    notes                     TEXT,
    recorded_by               VARCHAR(80)  NOT NULL,
    recorded_at               TIMESTAMPTZ  NOT NULL
);
CREATE INDEX partner_evaluation_partner ON partner_evaluation (partner_id, id);
CREATE INDEX partner_evaluation_completed ON partner_evaluation (completed_on);
COMMENT ON TABLE partner_evaluation IS 'Her own follow-up evaluation at 3, 6 or 18 months, with the Mirabal measures: behind the wall. Insert-only.';
COMMENT ON COLUMN partner_evaluation.id IS '[open] surrogate key';
COMMENT ON COLUMN partner_evaluation.partner_id IS '[open] the partner';
COMMENT ON COLUMN partner_evaluation.point IS '[wall] which follow-up: THREE_MONTHS, SIX_MONTHS or EIGHTEEN_MONTHS';
COMMENT ON COLUMN partner_evaluation.completed_on IS '[wall] the date it was completed with her';
COMMENT ON COLUMN partner_evaluation.violence IS '[wall] his violence towards her: 1 much worse, 2 worse, 3 no change, 4 reduced, 5 stopped';
COMMENT ON COLUMN partner_evaluation.abusive_behaviour IS '[wall] his other abusive behaviour: 1 much worse to 5 stopped';
COMMENT ON COLUMN partner_evaluation.feeling_safe IS '[wall] how safe she feels: 1 much less safe to 5 much safer';
COMMENT ON COLUMN partner_evaluation.childrens_safety IS '[wall] how safe she feels her children are: 1 much less safe to 5 much safer; null when she has no children';
COMMENT ON COLUMN partner_evaluation.quality_of_life IS '[wall] her quality of life: 1 much worse to 5 much better';
COMMENT ON COLUMN partner_evaluation.respectful_communication IS '[wall] Mirabal: respectful communication, 1 much worse to 5 much better; null when not asked';
COMMENT ON COLUMN partner_evaluation.space_for_action IS '[wall] Mirabal: expanded space for action, 1 to 5; null when not asked';
COMMENT ON COLUMN partner_evaluation.safety_and_freedom IS '[wall] Mirabal: safety and freedom from violence, 1 to 5; null when not asked';
COMMENT ON COLUMN partner_evaluation.shared_parenting IS '[wall] Mirabal: safe, positive, shared parenting, 1 to 5; null when not asked';
COMMENT ON COLUMN partner_evaluation.awareness_of_self IS '[wall] Mirabal: awareness of self and impact, 1 to 5; null when not asked';
COMMENT ON COLUMN partner_evaluation.safer_childhoods IS '[wall] Mirabal: safer, healthier childhoods, 1 to 5; null when not asked';
COMMENT ON COLUMN partner_evaluation.notes IS '[wall] the worker''s notes, which may hold what she said';
COMMENT ON COLUMN partner_evaluation.recorded_by IS '[wall] who completed it with her';
COMMENT ON COLUMN partner_evaluation.recorded_at IS '[wall] when it was recorded, which says when she was spoken to';

-- New kinds of partner-support task: EVALUATION_3_MONTHS, EVALUATION_6_MONTHS and
-- EVALUATION_18_MONTHS. The kind column has no check constraint, so nothing else changes.
COMMENT ON COLUMN partner_support_task.kind IS '[open] what is to be done, e.g. send the letter and information pack, or her 3-month follow-up evaluation';

-- The referrer's evaluation of the work with a case, as returned by the referrer (usually the
-- social worker). Open side of the wall (it is the referrer's view, not hers), but only intake and
-- service managers record or read it.
CREATE TABLE referrer_evaluation (
    id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id            BIGINT       NOT NULL REFERENCES referral (id),
    received_on            DATE         NOT NULL,
    assessment_usefulness  SMALLINT     NOT NULL CHECK (assessment_usefulness BETWEEN 1 AND 5),
    report_usefulness      SMALLINT     NOT NULL CHECK (report_usefulness BETWEEN 1 AND 5),
    her_safety             SMALLINT     NOT NULL CHECK (her_safety BETWEEN 1 AND 5),
    childrens_safety       SMALLINT     NOT NULL CHECK (childrens_safety BETWEEN 1 AND 5),
    comments               TEXT         CHECK (char_length(comments) <= 4000),
    recorded_by            VARCHAR(80)  NOT NULL,
    recorded_at            TIMESTAMPTZ  NOT NULL
);
CREATE INDEX referrer_evaluation_referral ON referrer_evaluation (referral_id, id);
CREATE INDEX referrer_evaluation_received ON referrer_evaluation (received_on);
COMMENT ON TABLE referrer_evaluation IS 'The referrer''s evaluation of the work with a case, as they returned it. Insert-only.';
COMMENT ON COLUMN referrer_evaluation.id IS '[open] surrogate key';
COMMENT ON COLUMN referrer_evaluation.referral_id IS '[open] the case';
COMMENT ON COLUMN referrer_evaluation.received_on IS '[open] the date the service received it';
COMMENT ON COLUMN referrer_evaluation.assessment_usefulness IS '[open] how useful the assessment was: 1 not at all useful to 5 very useful';
COMMENT ON COLUMN referrer_evaluation.report_usefulness IS '[open] how useful the risk identification report was: 1 not at all useful to 5 very useful';
COMMENT ON COLUMN referrer_evaluation.her_safety IS '[open] the referrer''s view of her safety after the work: 1 much less safe to 5 much safer';
COMMENT ON COLUMN referrer_evaluation.childrens_safety IS '[open] the referrer''s view of the children''s safety after the work: 1 much less safe to 5 much safer';
COMMENT ON COLUMN referrer_evaluation.comments IS '[open] the referrer''s comments; never her location or contact details';
COMMENT ON COLUMN referrer_evaluation.recorded_by IS '[open] who recorded it';
COMMENT ON COLUMN referrer_evaluation.recorded_at IS '[open] when it was recorded';
