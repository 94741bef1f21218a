-- The language a person chose for Tandem's pages, kept on their account so that it follows them
-- to another device: applied when they sign in, changed when they switch. Which languages Tandem
-- offers is one list in code (org.tandem.web.Languages), so the column takes any language tag and
-- the code ignores one it no longer offers; adding a language then needs no migration.
ALTER TABLE app_user ADD COLUMN language VARCHAR(12)
    CONSTRAINT app_user_language_tag CHECK (language ~ '^[a-z]{2,3}$');
COMMENT ON COLUMN app_user.language IS '[open] the language the person chose for pages (en, cy); null until they choose';
