-- His case's journey, kept move by move: every change of status with its date, who made it and
-- why, so that a past quarter's figures can be read as they were then.

CREATE TABLE case_status_change (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id BIGINT       NOT NULL REFERENCES referral (id),
    status      VARCHAR(40)  NOT NULL,
    changed_on  DATE         NOT NULL,
    reason      VARCHAR(500),
    closure_reason VARCHAR(40),
    changed_by  VARCHAR(80)  NOT NULL,
    changed_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX case_status_change_case ON case_status_change (referral_id, id);
CREATE INDEX case_status_change_status ON case_status_change (status, changed_on);
COMMENT ON TABLE case_status_change IS 'Every move of a case from one status to the next, oldest first.';
COMMENT ON COLUMN case_status_change.id IS '[open] surrogate key; the order of the moves';
COMMENT ON COLUMN case_status_change.referral_id IS '[open] the case';
COMMENT ON COLUMN case_status_change.status IS '[open] the status the case moved to';
COMMENT ON COLUMN case_status_change.changed_on IS '[open] the day it took effect (the triage, the session, the decision)';
COMMENT ON COLUMN case_status_change.reason IS '[open] why, as the service or the worker put it (never where she is)';
COMMENT ON COLUMN case_status_change.closure_reason IS '[open] on a closure, why, in the evaluations'' codes (completed, did not return, moved away, …)';
COMMENT ON COLUMN case_status_change.changed_by IS '[open] who recorded it';
COMMENT ON COLUMN case_status_change.changed_at IS '[open] when it was recorded';

-- The history so far: every case was referred, awaiting triage; a triaged case moved on the day
-- of its triage.
INSERT INTO case_status_change (referral_id, status, changed_on, reason, changed_by, changed_at)
SELECT id, 'AWAITING_TRIAGE', referred_on, 'Referred', created_by, created_at FROM referral;

INSERT INTO case_status_change (referral_id, status, changed_on, reason, changed_by, changed_at)
SELECT id, status, (triaged_at AT TIME ZONE 'Europe/London')::date, 'Triage', triaged_by, triaged_at
FROM referral
WHERE status <> 'AWAITING_TRIAGE' AND triaged_at IS NOT NULL;

-- Cases already further on: the first assessment session, the viability decision, then his
-- latest programme place, each on the day it happened.
INSERT INTO case_status_change (referral_id, status, changed_on, reason, changed_by, changed_at)
SELECT a.referral_id, 'IN_ASSESSMENT', min(s.held_on), 'First assessment session',
       min(s.created_by), min(s.created_at)
FROM assessment a JOIN assessment_session s ON s.assessment_id = a.id
JOIN referral r ON r.id = a.referral_id AND r.status IN ('AWAITING_TRIAGE', 'AWAITING_ASSESSMENT')
GROUP BY a.referral_id;

INSERT INTO case_status_change (referral_id, status, changed_on, reason, changed_by, changed_at)
SELECT a.referral_id,
       CASE a.viability WHEN 'NOT_ACCEPTABLE_NOW' THEN 'ASSESSED_NOT_READY'
                        WHEN 'NOT_REALISTIC' THEN 'ASSESSED_NOT_SUITABLE'
                        ELSE 'ASSESSED_SUITABLE' END,
       (a.decided_at AT TIME ZONE 'Europe/London')::date, 'Treatment-viability decision',
       a.decided_by, a.decided_at
FROM assessment a
JOIN referral r ON r.id = a.referral_id AND r.status IN ('AWAITING_TRIAGE', 'AWAITING_ASSESSMENT')
WHERE a.viability IS NOT NULL AND a.decided_at IS NOT NULL;

INSERT INTO case_status_change (referral_id, status, changed_on, reason, changed_by, changed_at)
SELECT DISTINCT ON (e.referral_id) e.referral_id,
       CASE e.status WHEN 'WAITING' THEN 'WAITING_FOR_GROUP' WHEN 'ATTENDING' THEN 'IN_PROGRAMME'
                     WHEN 'EXITED' THEN 'EXITED_EARLY' ELSE e.status END,
       (e.status_changed_at AT TIME ZONE 'Europe/London')::date, coalesce(e.status_reason, 'Programme'),
       e.created_by, e.status_changed_at
FROM enrolment e
JOIN referral r ON r.id = e.referral_id AND r.status IN ('AWAITING_TRIAGE', 'AWAITING_ASSESSMENT')
ORDER BY e.referral_id, e.id DESC;

-- The case's status now is the last move in its history.
UPDATE referral r SET status = last.status
FROM (SELECT DISTINCT ON (referral_id) referral_id, status
      FROM case_status_change ORDER BY referral_id, changed_at DESC, id DESC) last
WHERE last.referral_id = r.id AND r.status <> last.status;

-- When his case closes, her worker is to decide with her whether her support closes too.
INSERT INTO partner_support_prompt (prompt, working_days) VALUES ('CASE_CLOSED', 3);
