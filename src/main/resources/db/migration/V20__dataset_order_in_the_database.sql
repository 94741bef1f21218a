-- The national dataset is streamed in pseudonym order straight from the database, so that an
-- export of every case holds one row in memory at a time rather than all of them to sort. The
-- pseudonym is an HMAC (SHA-256) of the case reference under the dataset key; pgcrypto computes
-- the same HMAC beside the key, which never leaves the database for it. pgcrypto ships with
-- PostgreSQL and is a trusted extension (PostgreSQL 13 and later): the database's owner may create
-- it without being a superuser, as on managed PostgreSQL services.
CREATE EXTENSION IF NOT EXISTS pgcrypto;
