-- Tandem on an external PostgreSQL with two users (docs/deploy.md, "Two database users").
-- Step 2 of 2. Run as a superuser connected to the tandem database, before Tandem first starts.
-- Safe to run again, and to run on a database Tandem already uses (after REASSIGN OWNED BY the old
-- user TO tandem_owner).

-- The owner owns the schema: only it creates, alters and drops tables.
ALTER SCHEMA public OWNER TO tandem_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO tandem_app;

-- Every table and sequence the migrations make from now on: the application reads and writes.
ALTER DEFAULT PRIVILEGES FOR ROLE tandem_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO tandem_app;
ALTER DEFAULT PRIVILEGES FOR ROLE tandem_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO tandem_app;

-- The tables there already are, if Tandem has run on this database before.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO tandem_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO tandem_app;

-- Except the audit trail: the application may read it and add to it, never change or delete it
-- (migration V48 takes the same rights away again on a new database, where the trail is made after
-- this runs). Its hash chain and the queue of entries to seal are written only by the owner's
-- functions, which the application calls.
DO $$
BEGIN
    IF to_regclass('public.audit_event') IS NOT NULL THEN
        REVOKE UPDATE, DELETE, TRUNCATE ON public.audit_event FROM tandem_app;
    END IF;
    IF to_regclass('public.audit_chain') IS NOT NULL THEN
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON public.audit_chain, public.audit_unsealed
            FROM tandem_app;
    END IF;
    -- And a quarterly report as sent (V53): kept as it was signed off.
    IF to_regclass('public.sent_area_report') IS NOT NULL THEN
        REVOKE UPDATE, DELETE, TRUNCATE ON public.sent_area_report FROM tandem_app;
    END IF;
END;
$$;
