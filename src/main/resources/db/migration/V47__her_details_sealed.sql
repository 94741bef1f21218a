-- Her name, phone, email, address and safe contact times are sealed by the application
-- (AES-256-GCM, "enc:v1:<key id>:<base64>") before they reach the database, so a dump or a backup
-- alone shows none of them. A sealed value is longer than the plain one, so the columns become
-- TEXT; the length limits stay, on the plain value, in the referral form and API and her record's
-- form. V30's limits on address and safe contact times would now measure the sealed text, so they
-- go too.
ALTER TABLE partner DROP CONSTRAINT partner_address_length;
ALTER TABLE partner DROP CONSTRAINT partner_safe_contact_times_length;
ALTER TABLE partner
    ALTER COLUMN given_name TYPE TEXT,
    ALTER COLUMN family_name TYPE TEXT,
    ALTER COLUMN phone TYPE TEXT,
    ALTER COLUMN email TYPE TEXT;

-- Sealed values cannot be compared, so she is found by an exact phone number, email address or
-- full name through a keyed hash (HMAC-SHA-256 under a secret derived from the current data key)
-- of the normalised value. The key id says which key the row was last sealed and hashed under:
-- the start-up pass re-seals any row not under the current key, so hashes always match searches.
ALTER TABLE partner
    ADD COLUMN phone_hash TEXT,
    ADD COLUMN email_hash TEXT,
    ADD COLUMN name_hash TEXT,
    ADD COLUMN sealed_key_id TEXT;
CREATE INDEX partner_phone_hash ON partner (phone_hash) WHERE phone_hash IS NOT NULL;
CREATE INDEX partner_email_hash ON partner (email_hash) WHERE email_hash IS NOT NULL;
CREATE INDEX partner_name_hash ON partner (name_hash) WHERE name_hash IS NOT NULL;
COMMENT ON COLUMN partner.phone_hash IS '[wall] keyed hash of her phone number''s last nine digits, to find her by an exact number';
COMMENT ON COLUMN partner.email_hash IS '[wall] keyed hash of her email address in lower case, to find her by an exact address';
COMMENT ON COLUMN partner.name_hash IS '[wall] keyed hash of her full name in lower case with spaces collapsed, to find her by an exact name';
COMMENT ON COLUMN partner.sealed_key_id IS '[open] the id of the data key her details and their hashes were last sealed under; null until sealed';
