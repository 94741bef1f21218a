-- The longest a referral's free text may be, as the service's rules have it (issue 15): a
-- second guard for any writer that does not pass through them. NOT VALID: the rule holds for
-- every row written from now on, while a database that already holds a longer text (the rules
-- came later than the tables) still migrates; once such rows are shortened, VALIDATE CONSTRAINT
-- makes it hold for all.
ALTER TABLE referral
    ADD CONSTRAINT referral_reason_length CHECK (char_length(reason) <= 5000) NOT VALID,
    ADD CONSTRAINT referral_man_address_length CHECK (char_length(man_address) <= 300) NOT VALID,
    ADD CONSTRAINT referral_sharing_basis_detail_length
        CHECK (char_length(sharing_basis_detail) <= 500) NOT VALID,
    ADD CONSTRAINT referral_triage_notes_length CHECK (char_length(triage_notes) <= 4000) NOT VALID;

ALTER TABLE partner
    ADD CONSTRAINT partner_address_length CHECK (char_length(address) <= 300) NOT VALID,
    ADD CONSTRAINT partner_safe_contact_times_length
        CHECK (char_length(safe_contact_times) <= 500) NOT VALID;
