-- Outcome figures take the cases of one area referred in a period (the cohort), then follow each
-- man to his places on the programme. Neither lookup had an index of its own: the area's index
-- leads with status, and enrolments were indexed by case only while the place is live.
CREATE INDEX referral_area_referred_on ON referral (area_id, referred_on);
CREATE INDEX enrolment_referral ON enrolment (referral_id);
