-- Her corrected details are written sealed (enc:v1:<key id>:<base64>), which is longer than the
-- plain value the original column widths and V30's length checks were set for. Her details' length
-- is still limited where it is typed (HerCorrection, NewReferral.Partner). The encryption part of
-- issue 17 makes the same room for every write of her details: at merge, keep whichever migration
-- comes first and drop the other, as this one has never run anywhere but a branch.
ALTER TABLE partner
    ALTER COLUMN given_name TYPE TEXT,
    ALTER COLUMN family_name TYPE TEXT,
    ALTER COLUMN phone TYPE TEXT,
    ALTER COLUMN email TYPE TEXT,
    ALTER COLUMN address TYPE TEXT,
    ALTER COLUMN safe_contact_times TYPE TEXT,
    DROP CONSTRAINT IF EXISTS partner_address_length,
    DROP CONSTRAINT IF EXISTS partner_safe_contact_times_length;
