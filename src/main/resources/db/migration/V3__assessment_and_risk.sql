-- Assessment and risk: the man's assessment in sessions, the DASH risk indicators, the
-- treatment-viability decision, risk identification reports, one risk timeline per family with
-- alerts, MARAC referrals and risk review meetings, and each case's current risk level.
-- Every column is marked [open] or [wall] as in V1; nothing here is behind the wall: her own DASH
-- and anything she says stay with partner support.

-- The 24 DASH indicators. Short labels are ours; services put their checklist's own wording in
-- "question", so the wording is data a service can change, not code.
CREATE TABLE dash_indicator (
    number           SMALLINT     PRIMARY KEY CHECK (number BETWEEN 1 AND 24),
    short_label      VARCHAR(200) NOT NULL,
    question         TEXT         NOT NULL,
    homicide_marker  BOOLEAN      NOT NULL DEFAULT FALSE
);
COMMENT ON TABLE dash_indicator IS 'The DASH risk identification checklist''s 24 indicators, as the service words them.';
COMMENT ON COLUMN dash_indicator.number IS '[open] 1 to 24, the checklist''s order';
COMMENT ON COLUMN dash_indicator.short_label IS '[open] a short label for lists and reports';
COMMENT ON COLUMN dash_indicator.question IS '[open] the question as the service''s form asks it';
COMMENT ON COLUMN dash_indicator.homicide_marker IS '[open] a recognised homicide risk marker, highlighted wherever risk is shown';

INSERT INTO dash_indicator (number, short_label, question, homicide_marker) VALUES
 (1, 'The current incident caused injury', 'Has the current incident resulted in injury?', FALSE),
 (2, 'She is very frightened', 'Is she very frightened?', FALSE),
 (3, 'She fears further injury or violence', 'What is she afraid of? Is it further injury or violence?', FALSE),
 (4, 'She is isolated from family and friends', 'Does she feel isolated from family or friends?', FALSE),
 (5, 'She is depressed or has had suicidal thoughts', 'Is she feeling depressed or having suicidal thoughts?', FALSE),
 (6, 'She has separated or tried to separate in the past year', 'Has she separated or tried to separate from him within the past year?', FALSE),
 (7, 'There is conflict over child contact', 'Is there conflict over child contact?', FALSE),
 (8, 'He constantly texts, calls, follows, stalks or harasses her', 'Does he constantly text, call, contact, follow, stalk or harass her?', FALSE),
 (9, 'She is pregnant or has had a baby in the last 18 months', 'Is she pregnant or has she had a baby in the last 18 months?', FALSE),
 (10, 'The abuse is happening more often', 'Is the abuse happening more often?', FALSE),
 (11, 'The abuse is getting worse', 'Is the abuse getting worse?', FALSE),
 (12, 'He tries to control everything she does or is excessively jealous', 'Does he try to control everything she does and/or is he excessively jealous?', FALSE),
 (13, 'He has used weapons or objects to hurt her', 'Has he ever used weapons or objects to hurt her?', FALSE),
 (14, 'He has threatened to kill her or someone else and she believed him', 'Has he ever threatened to kill her or someone else and she believed him?', FALSE),
 (15, 'He has tried to strangle, choke, suffocate or drown her', 'Has he ever attempted to strangle, choke, suffocate or drown her?', TRUE),
 (16, 'He does or says sexual things that hurt or degrade her or someone else', 'Does he do or say things of a sexual nature that make her feel bad or that physically hurt her or someone else?', FALSE),
 (17, 'Someone else has threatened her or she is afraid of someone else', 'Is there any other person who has threatened her or whom she is afraid of?', FALSE),
 (18, 'He has hurt anyone else', 'Does she know if he has hurt anyone else (children, siblings, elderly relatives, strangers, a previous partner)?', FALSE),
 (19, 'He has mistreated an animal or the family pet', 'Has he ever mistreated an animal or the family pet?', FALSE),
 (20, 'There are financial issues', 'Are there any financial issues, such as dependence on him for money, his recent loss of a job, or debts?', FALSE),
 (21, 'He has had problems with drugs, alcohol or mental health in the past year', 'Has he had problems in the past year with drugs, alcohol or mental health leading to problems in leading a normal life?', FALSE),
 (22, 'He has threatened or attempted suicide', 'Has he ever threatened or attempted suicide?', FALSE),
 (23, 'He has broken bail, an injunction or an agreement about contact', 'Has he ever broken bail, an injunction or a formal agreement about when he can see her or the children?', FALSE),
 (24, 'He has been in trouble with the police or has a criminal history', 'Does she know if he has ever been in trouble with the police or has a criminal history?', FALSE);

-- The case's current risk level, visible on every caseload, and who works with it.
ALTER TABLE referral
    ADD COLUMN risk_level             VARCHAR(10)  NOT NULL DEFAULT 'STANDARD'
        CONSTRAINT referral_risk_level_known CHECK (risk_level IN ('STANDARD', 'MEDIUM', 'HIGH')),
    ADD COLUMN risk_level_changed_at  TIMESTAMPTZ,
    ADD COLUMN risk_level_reason      VARCHAR(300),
    ADD COLUMN risk_review_due_on     DATE,
    ADD COLUMN allocated_perpetrator_worker_id      BIGINT REFERENCES app_user (id),
    ADD COLUMN allocated_partner_support_worker_id  BIGINT REFERENCES app_user (id);
COMMENT ON COLUMN referral.allocated_perpetrator_worker_id IS '[open] the perpetrator worker allocated to the case';
COMMENT ON COLUMN referral.allocated_partner_support_worker_id IS '[open] the partner-support worker allocated to the case';
COMMENT ON COLUMN referral.risk_level IS '[open] standard, medium or high';
COMMENT ON COLUMN referral.risk_level_changed_at IS '[open] when the risk level last changed';
COMMENT ON COLUMN referral.risk_level_reason IS '[open] why it last changed, in the words of the rule or the worker; never her words';
COMMENT ON COLUMN referral.risk_review_due_on IS '[open] when the next risk review is due';

CREATE TABLE assessment (
    id                       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id              BIGINT      NOT NULL UNIQUE REFERENCES referral (id),
    police_evidence          VARCHAR(10)
        CONSTRAINT assessment_police_evidence_known CHECK (police_evidence IN ('COUNT', 'AT_LEAST', 'UNCLEAR')),
    police_incidents         INTEGER     CHECK (police_incidents BETWEEN 0 AND 999),
    disclosed_violence       VARCHAR(12)
        CONSTRAINT assessment_disclosed_violence_known
        CHECK (disclosed_violence IN ('NONE', 'ONE_TO_FOUR', 'FIVE_TO_TEN', 'TEN_TO_FIFTEEN', 'FIFTEEN_TO_TWENTY', 'OVER_TWENTY')),
    other_violence           TEXT,
    alcohol_and_drugs        TEXT,
    children_exposure        TEXT,
    static_risk_markers      TEXT,
    denial                   SMALLINT    CHECK (denial BETWEEN 1 AND 5),
    minimisation             SMALLINT    CHECK (minimisation BETWEEN 1 AND 5),
    blame                    SMALLINT    CHECK (blame BETWEEN 1 AND 5),
    hostility                SMALLINT    CHECK (hostility BETWEEN 1 AND 5),
    empathy                  SMALLINT    CHECK (empathy BETWEEN 1 AND 5),
    motivation               SMALLINT    CHECK (motivation BETWEEN 1 AND 5),
    dash_judgement           TEXT,
    viability                VARCHAR(30)
        CONSTRAINT assessment_viability_known
        CHECK (viability IN ('GROUP_PROGRAMME', 'INDIVIDUAL_WORK', 'NOT_ACCEPTABLE_NOW', 'NOT_REALISTIC')),
    viability_reason         VARCHAR(30),
    viability_notes          TEXT,
    decided_at               TIMESTAMPTZ,
    decided_by               VARCHAR(80),
    created_at               TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by               VARCHAR(80) NOT NULL,
    version                  INTEGER     NOT NULL DEFAULT 0
);
COMMENT ON TABLE assessment IS 'The assessment of the man referred: one per case, built over sessions.';
COMMENT ON COLUMN assessment.id IS '[open] surrogate key';
COMMENT ON COLUMN assessment.referral_id IS '[open] the case';
COMMENT ON COLUMN assessment.police_evidence IS '[open] how the incidents evidenced by police or chronology are known: a count, at least a number, or unclear';
COMMENT ON COLUMN assessment.police_incidents IS '[open] the number of incidents evidenced (at least this many when AT_LEAST)';
COMMENT ON COLUMN assessment.disclosed_violence IS '[open] the violence he discloses, as an inventory band';
COMMENT ON COLUMN assessment.other_violence IS '[open] violence outside the relationship';
COMMENT ON COLUMN assessment.alcohol_and_drugs IS '[open] his alcohol and drug use';
COMMENT ON COLUMN assessment.children_exposure IS '[open] the children''s exposure to the violence';
COMMENT ON COLUMN assessment.static_risk_markers IS '[open] static (base-rate) risk markers';
COMMENT ON COLUMN assessment.denial IS '[open] dynamic factor, 1 (none) to 5 (high)';
COMMENT ON COLUMN assessment.minimisation IS '[open] dynamic factor, 1 (none) to 5 (high)';
COMMENT ON COLUMN assessment.blame IS '[open] dynamic factor, 1 (none) to 5 (high)';
COMMENT ON COLUMN assessment.hostility IS '[open] dynamic factor, 1 (none) to 5 (high)';
COMMENT ON COLUMN assessment.empathy IS '[open] dynamic factor, 1 (none) to 5 (high)';
COMMENT ON COLUMN assessment.motivation IS '[open] dynamic factor, 1 (none) to 5 (high)';
COMMENT ON COLUMN assessment.dash_judgement IS '[open] the worker''s own judgement beside the DASH score';
COMMENT ON COLUMN assessment.viability IS '[open] the treatment-viability decision';
COMMENT ON COLUMN assessment.viability_reason IS '[open] why: language, disability, sexuality, female perpetrator, denial, hostility, other';
COMMENT ON COLUMN assessment.viability_notes IS '[open] the reasons in the worker''s words';
COMMENT ON COLUMN assessment.decided_at IS '[open] when the viability decision was made';
COMMENT ON COLUMN assessment.decided_by IS '[open] who made it';
COMMENT ON COLUMN assessment.created_at IS '[open] when the assessment began';
COMMENT ON COLUMN assessment.created_by IS '[open] who began it';
COMMENT ON COLUMN assessment.version IS '[open] optimistic-locking version';

CREATE TABLE assessment_session (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assessment_id     BIGINT      NOT NULL REFERENCES assessment (id),
    held_on           DATE        NOT NULL,
    duration_minutes  INTEGER     NOT NULL CHECK (duration_minutes BETWEEN 1 AND 600),
    worker            VARCHAR(80) NOT NULL,
    with_interpreter  BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by        VARCHAR(80) NOT NULL
);
CREATE INDEX assessment_session_assessment ON assessment_session (assessment_id, held_on);
COMMENT ON TABLE assessment_session IS 'One sitting of his assessment.';
COMMENT ON COLUMN assessment_session.id IS '[open] surrogate key';
COMMENT ON COLUMN assessment_session.assessment_id IS '[open] the assessment';
COMMENT ON COLUMN assessment_session.held_on IS '[open] the date';
COMMENT ON COLUMN assessment_session.duration_minutes IS '[open] how long, in minutes';
COMMENT ON COLUMN assessment_session.worker IS '[open] the worker who held it';
COMMENT ON COLUMN assessment_session.with_interpreter IS '[open] whether an interpreter was there';
COMMENT ON COLUMN assessment_session.created_at IS '[open] when it was recorded';
COMMENT ON COLUMN assessment_session.created_by IS '[open] who recorded it';

CREATE TABLE assessment_dash_answer (
    assessment_id  BIGINT      NOT NULL REFERENCES assessment (id),
    indicator      SMALLINT    NOT NULL REFERENCES dash_indicator (number),
    answer         VARCHAR(10) NOT NULL CONSTRAINT assessment_dash_answer_known CHECK (answer IN ('YES', 'NO', 'NOT_KNOWN')),
    PRIMARY KEY (assessment_id, indicator)
);
COMMENT ON TABLE assessment_dash_answer IS 'The DASH indicators as adapted to inform his assessment (never her own answers).';
COMMENT ON COLUMN assessment_dash_answer.assessment_id IS '[open] the assessment';
COMMENT ON COLUMN assessment_dash_answer.indicator IS '[open] the indicator''s number';
COMMENT ON COLUMN assessment_dash_answer.answer IS '[open] yes, no or not known';

CREATE TABLE risk_report (
    id                          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id                 BIGINT      NOT NULL REFERENCES referral (id),
    kind                        VARCHAR(30) NOT NULL DEFAULT 'RISK_IDENTIFICATION',
    recommendation_contact      TEXT        NOT NULL,
    recommendation_supervision  TEXT        NOT NULL,
    recommendation_programme    TEXT        NOT NULL,
    minutes_spent               INTEGER     NOT NULL CHECK (minutes_spent BETWEEN 1 AND 6000),
    produced_at                 TIMESTAMPTZ NOT NULL DEFAULT now(),
    produced_by                 VARCHAR(80) NOT NULL
);
CREATE INDEX risk_report_referral ON risk_report (referral_id, produced_at);
COMMENT ON TABLE risk_report IS 'A report to the referrer; its content is drawn from open data only.';
COMMENT ON COLUMN risk_report.id IS '[open] surrogate key';
COMMENT ON COLUMN risk_report.referral_id IS '[open] the case';
COMMENT ON COLUMN risk_report.kind IS '[open] risk identification report, or a later update report';
COMMENT ON COLUMN risk_report.recommendation_contact IS '[open] recommendation on contact with the children';
COMMENT ON COLUMN risk_report.recommendation_supervision IS '[open] recommendation on supervision';
COMMENT ON COLUMN risk_report.recommendation_programme IS '[open] recommendation on programme attendance';
COMMENT ON COLUMN risk_report.minutes_spent IS '[open] worker time spent on the report, in minutes';
COMMENT ON COLUMN risk_report.produced_at IS '[open] when it was produced';
COMMENT ON COLUMN risk_report.produced_by IS '[open] who produced it';

CREATE TABLE risk_event (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id   BIGINT       NOT NULL REFERENCES referral (id),
    kind          VARCHAR(30)  NOT NULL,
    occurred_on   DATE         NOT NULL,
    summary       TEXT         NOT NULL,
    source        VARCHAR(120),
    raises_alert  BOOLEAN      NOT NULL DEFAULT FALSE,
    recorded_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    recorded_by   VARCHAR(80)  NOT NULL
);
CREATE INDEX risk_event_timeline ON risk_event (referral_id, occurred_on, id);
COMMENT ON TABLE risk_event IS 'The family''s risk timeline: every risk-relevant event, from every source.';
COMMENT ON COLUMN risk_event.id IS '[open] surrogate key';
COMMENT ON COLUMN risk_event.referral_id IS '[open] the case';
COMMENT ON COLUMN risk_event.kind IS '[open] police call-out, disclosure, partner report, new partner, release from custody, court order, missed session, other';
COMMENT ON COLUMN risk_event.occurred_on IS '[open] when it happened';
COMMENT ON COLUMN risk_event.summary IS '[open] the risk information, as a worker chose to share it; never her words or whereabouts';
COMMENT ON COLUMN risk_event.source IS '[open] where it came from, e.g. police';
COMMENT ON COLUMN risk_event.raises_alert IS '[open] whether it alerted the allocated workers';
COMMENT ON COLUMN risk_event.recorded_at IS '[open] when it was recorded';
COMMENT ON COLUMN risk_event.recorded_by IS '[open] who recorded it';

CREATE TABLE risk_alert (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id      BIGINT      NOT NULL REFERENCES referral (id),
    risk_event_id    BIGINT      REFERENCES risk_event (id),
    for_user_id      BIGINT      NOT NULL REFERENCES app_user (id),
    message          VARCHAR(300) NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    acknowledged_at  TIMESTAMPTZ
);
CREATE INDEX risk_alert_open ON risk_alert (for_user_id, created_at) WHERE acknowledged_at IS NULL;
COMMENT ON TABLE risk_alert IS 'An alert to one worker about a risk event on a case they work with.';
COMMENT ON COLUMN risk_alert.id IS '[open] surrogate key';
COMMENT ON COLUMN risk_alert.referral_id IS '[open] the case';
COMMENT ON COLUMN risk_alert.risk_event_id IS '[open] the event that raised it';
COMMENT ON COLUMN risk_alert.for_user_id IS '[open] the worker alerted';
COMMENT ON COLUMN risk_alert.message IS '[open] what the alert says';
COMMENT ON COLUMN risk_alert.created_at IS '[open] when it was raised';
COMMENT ON COLUMN risk_alert.acknowledged_at IS '[open] when the worker acknowledged it';

CREATE TABLE marac_referral (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id      BIGINT      NOT NULL REFERENCES referral (id),
    trigger          VARCHAR(30) NOT NULL
        CONSTRAINT marac_referral_trigger_known CHECK (trigger IN ('VISIBLE_HIGH_RISK', 'ESCALATION', 'PROFESSIONAL_JUDGEMENT')),
    reason           TEXT        NOT NULL,
    due_on           DATE        NOT NULL,
    is_repeat        BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by       VARCHAR(80) NOT NULL,
    referred_on      DATE,
    referred_by      VARCHAR(80),
    meeting_on       DATE,
    meeting_outcome  TEXT,
    version          INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX marac_referral_case ON marac_referral (referral_id, created_at);
COMMENT ON TABLE marac_referral IS 'A referral of a high-risk case to MARAC: the task to make it, and then its meeting''s outcome.';
COMMENT ON COLUMN marac_referral.id IS '[open] surrogate key';
COMMENT ON COLUMN marac_referral.referral_id IS '[open] the case';
COMMENT ON COLUMN marac_referral.trigger IS '[open] visible high risk (DASH 14+), escalation (3+ police call-outs in 12 months) or professional judgement';
COMMENT ON COLUMN marac_referral.reason IS '[open] why, as the rule or the worker put it';
COMMENT ON COLUMN marac_referral.due_on IS '[open] when the referral must be made by';
COMMENT ON COLUMN marac_referral.is_repeat IS '[open] within 12 months of the case''s previous MARAC referral';
COMMENT ON COLUMN marac_referral.created_at IS '[open] when the task was created';
COMMENT ON COLUMN marac_referral.created_by IS '[open] who or what created it';
COMMENT ON COLUMN marac_referral.referred_on IS '[open] when the referral was made';
COMMENT ON COLUMN marac_referral.referred_by IS '[open] who made it';
COMMENT ON COLUMN marac_referral.meeting_on IS '[open] the MARAC meeting''s date';
COMMENT ON COLUMN marac_referral.meeting_outcome IS '[open] what the meeting decided';
COMMENT ON COLUMN marac_referral.version IS '[open] optimistic-locking version';

CREATE TABLE risk_review (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id     BIGINT      NOT NULL REFERENCES referral (id),
    held_on         DATE        NOT NULL,
    attendees       TEXT,
    decisions       TEXT        NOT NULL,
    risk_level      VARCHAR(10) NOT NULL CONSTRAINT risk_review_level_known CHECK (risk_level IN ('STANDARD', 'MEDIUM', 'HIGH')),
    next_review_on  DATE        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by      VARCHAR(80) NOT NULL
);
CREATE INDEX risk_review_case ON risk_review (referral_id, held_on);
COMMENT ON TABLE risk_review IS 'A risk review meeting about a case.';
COMMENT ON COLUMN risk_review.id IS '[open] surrogate key';
COMMENT ON COLUMN risk_review.referral_id IS '[open] the case';
COMMENT ON COLUMN risk_review.held_on IS '[open] when it met';
COMMENT ON COLUMN risk_review.attendees IS '[open] who attended (roles and agencies)';
COMMENT ON COLUMN risk_review.decisions IS '[open] what was decided';
COMMENT ON COLUMN risk_review.risk_level IS '[open] the risk level it set';
COMMENT ON COLUMN risk_review.next_review_on IS '[open] when the next review is due';
COMMENT ON COLUMN risk_review.created_at IS '[open] when it was recorded';
COMMENT ON COLUMN risk_review.created_by IS '[open] who recorded it';
