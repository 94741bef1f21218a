-- Case lists are paged newest or oldest referral first, and searched by reference or his name
-- anywhere in the text; trigram indexes keep the search fast on a service-sized caseload.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX referral_referred_on ON referral (referred_on DESC, id DESC);
CREATE INDEX referral_reference_trgm ON referral USING gin (reference gin_trgm_ops);
CREATE INDEX referral_man_name_trgm ON referral
    USING gin ((man_given_name || ' ' || man_family_name) gin_trgm_ops);
