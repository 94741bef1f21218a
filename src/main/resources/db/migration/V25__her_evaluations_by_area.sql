-- The quarterly area report counts the evaluations women completed in the quarter, by the area of
-- their case. Reaching them through the area's cases meant one probe for every woman the area has
-- ever had (3,316 for the largest area of the 100,000-family benchmark history), twice a report:
-- 48 ms of its 110 ms of SQL. A case never changes area, so each evaluation carries it, kept by the
-- database as the partner-support tasks' is (V24).

ALTER TABLE partner_evaluation ADD COLUMN area_id bigint REFERENCES area (id);
UPDATE partner_evaluation e SET area_id = r.area_id
  FROM partner p JOIN referral r ON r.id = p.referral_id
 WHERE p.id = e.partner_id;
ALTER TABLE partner_evaluation ALTER COLUMN area_id SET NOT NULL;
COMMENT ON COLUMN partner_evaluation.area_id IS '[open] the area of the case, kept from the referral';

CREATE FUNCTION partner_evaluation_area() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.area_id := (SELECT r.area_id FROM partner p JOIN referral r ON r.id = p.referral_id
                   WHERE p.id = NEW.partner_id);
  RETURN NEW;
END
$$;

CREATE TRIGGER partner_evaluation_area
  BEFORE INSERT ON partner_evaluation
  FOR EACH ROW WHEN (NEW.area_id IS NULL)
  EXECUTE FUNCTION partner_evaluation_area();

CREATE INDEX partner_evaluation_in_area ON partner_evaluation (area_id, completed_on);
