-- Tandem on an external PostgreSQL with two users (docs/deploy.md, "Two database users").
-- Step 1 of 2. Run once as a superuser (or a role with CREATEROLE and CREATEDB), connected to any
-- database, after changing both passwords. tandem_owner owns the database and everything in it
-- and is the only user the migrations run as (TANDEM_DB_MIGRATION_USER); tandem_app is the user
-- Tandem runs as (TANDEM_DB_USER), and may not change or delete the audit trail.
CREATE ROLE tandem_owner LOGIN PASSWORD 'change-this-owner-password';
CREATE ROLE tandem_app LOGIN PASSWORD 'change-this-app-password';
CREATE DATABASE tandem OWNER tandem_owner;
