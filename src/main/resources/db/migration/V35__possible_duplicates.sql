-- Before a referral is saved, intake looks for the same man among earlier cases: by a name like
-- his (the trigram index of V2), his date of birth, or his phone's last ten digits. These two
-- indexes let each of the three be found without reading every referral.
CREATE INDEX referral_man_date_of_birth ON referral (man_date_of_birth);
CREATE INDEX referral_man_phone_key ON referral
    (right(regexp_replace(man_phone, '[^0-9]', '', 'g'), 10));
