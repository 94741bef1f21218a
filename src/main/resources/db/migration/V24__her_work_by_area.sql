-- The partner-support task list shows an area's open tasks, soonest due first, and the safety plans
-- due for review. Both were found through the area's cases: the open tasks by walking every open
-- task in the country in due order until 25 of the area's turned up (1,634 read for 29 kept in
-- the 100,000-family benchmark history), and the plans by reading the newest revision of every
-- woman in the area, one index probe each (3,316 for the largest area: 12 to 19 ms warm, 226 ms
-- cold). A case never changes area, so each row can carry its area, kept by the database itself
-- so that no way of writing a task or a plan can forget it.

ALTER TABLE partner_support_task ADD COLUMN area_id bigint REFERENCES area (id);
UPDATE partner_support_task t SET area_id = r.area_id FROM referral r WHERE r.id = t.referral_id;
ALTER TABLE partner_support_task ALTER COLUMN area_id SET NOT NULL;
COMMENT ON COLUMN partner_support_task.area_id IS '[open] the area of the case, kept from the referral';

CREATE FUNCTION partner_support_task_area() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.area_id := (SELECT area_id FROM referral WHERE id = NEW.referral_id);
  RETURN NEW;
END
$$;

CREATE TRIGGER partner_support_task_area
  BEFORE INSERT ON partner_support_task
  FOR EACH ROW WHEN (NEW.area_id IS NULL)
  EXECUTE FUNCTION partner_support_task_area();

CREATE INDEX partner_support_task_open_in_area ON partner_support_task (area_id, due_at, id)
    WHERE completed_at IS NULL;
-- The area's index answers everything the due-date index did.
DROP INDEX partner_support_task_open;

-- Her current safety plan's review date, one row per woman with a plan: the newest revision's.
CREATE TABLE safety_plan_review (
  partner_id  bigint PRIMARY KEY REFERENCES partner (id),
  area_id     bigint NOT NULL REFERENCES area (id),
  revision_id bigint NOT NULL REFERENCES safety_plan_revision (id),
  review_on   date   NOT NULL
);
CREATE INDEX safety_plan_review_in_area ON safety_plan_review (area_id, review_on, partner_id);
COMMENT ON TABLE safety_plan_review IS 'When her current safety plan is next to be reviewed, kept from its newest revision; visible only behind the wall.';
COMMENT ON COLUMN safety_plan_review.partner_id IS '[open] the partner';
COMMENT ON COLUMN safety_plan_review.area_id IS '[open] the area of the case';
COMMENT ON COLUMN safety_plan_review.revision_id IS '[open] the newest revision of her plan';
COMMENT ON COLUMN safety_plan_review.review_on IS '[wall] when the plan is next to be reviewed with her';

INSERT INTO safety_plan_review (partner_id, area_id, revision_id, review_on)
SELECT DISTINCT ON (s.partner_id) s.partner_id, r.area_id, s.id, s.review_on
  FROM safety_plan_revision s
  JOIN partner p ON p.id = s.partner_id
  JOIN referral r ON r.id = p.referral_id
 ORDER BY s.partner_id, s.id DESC;

CREATE FUNCTION safety_plan_review_kept() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO safety_plan_review (partner_id, area_id, revision_id, review_on)
  SELECT NEW.partner_id, r.area_id, NEW.id, NEW.review_on
    FROM partner p JOIN referral r ON r.id = p.referral_id
   WHERE p.id = NEW.partner_id
  ON CONFLICT (partner_id) DO UPDATE
    SET revision_id = EXCLUDED.revision_id, review_on = EXCLUDED.review_on
    WHERE safety_plan_review.revision_id < EXCLUDED.revision_id;
  RETURN NULL;
END
$$;

CREATE TRIGGER safety_plan_review_kept
  AFTER INSERT ON safety_plan_revision
  FOR EACH ROW EXECUTE FUNCTION safety_plan_review_kept();
