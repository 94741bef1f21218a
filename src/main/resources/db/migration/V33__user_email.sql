-- A council's OpenID Connect sign-in names a person by their email address, so an account needs
-- one to be found by it. Optional: an account without one signs in with its password only. Unique
-- whatever the letter case, because providers do not agree on the case they send.
ALTER TABLE app_user ADD COLUMN email VARCHAR(254);
CREATE UNIQUE INDEX app_user_email_unique ON app_user (lower(email));
COMMENT ON COLUMN app_user.email IS '[open] work email address; matches the council sign-in''s verified email claim';
