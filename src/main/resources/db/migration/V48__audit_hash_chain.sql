-- The audit trail becomes tamper-evident: every entry is sealed into a hash chain, each link the
-- SHA-256 of the link before it and the entry's own content, so a changed, deleted or slipped-in
-- entry breaks the chain at that entry (audit_verify below finds the first break).
--
-- The chain is sealed a moment after the entries are written, not as each is inserted. Chaining
-- inside the insert would need one lock, held by every request that audits until it commits: every
-- page and API call that reads a case would wait for every other (docs/performance.md measures
-- it), and a request holding that lock while waiting for a row another holds, which itself waits to
-- audit, could deadlock. Instead an insert only queues its entry's id (no lock, no wait), and the
-- sealer, one at a time across all nodes, appends the queued committed entries to the chain in id
-- order. The chain's order is the order entries were sealed in; an entry whose transaction commits
-- late is simply sealed later.

CREATE TABLE audit_chain (
    chain_seq   BIGINT      PRIMARY KEY,
    event_id    BIGINT      NOT NULL UNIQUE,
    entry_hash  BYTEA       NOT NULL,
    sealed_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
COMMENT ON TABLE audit_chain IS 'The audit trail''s hash chain: one link per audit_event, in the order they were sealed. Append-only.';
COMMENT ON COLUMN audit_chain.chain_seq IS '[open] the link''s place in the chain, from 1 without gaps';
COMMENT ON COLUMN audit_chain.event_id IS '[open] the audit_event this link seals';
COMMENT ON COLUMN audit_chain.entry_hash IS '[open] SHA-256 of the previous link''s hash and this entry''s content';
COMMENT ON COLUMN audit_chain.sealed_at IS '[open] when the entry was sealed';

CREATE TABLE audit_unsealed (
    event_id BIGINT PRIMARY KEY
);
COMMENT ON TABLE audit_unsealed IS 'Audit entries written but not yet sealed into audit_chain: the sealer''s queue, filled by a trigger on audit_event.';
COMMENT ON COLUMN audit_unsealed.event_id IS '[open] an audit_event waiting to be sealed';

-- What is sealed of an entry: every column, each given with its length so that no two different
-- entries read the same, and the time as seconds since the epoch so the session's time zone does
-- not change it. STABLE, as what it calls is, so that PostgreSQL inlines it into the query that
-- calls it: five times faster over a long chain than calling it for each row.
CREATE FUNCTION audit_entry_content(e audit_event) RETURNS bytea
    LANGUAGE sql STABLE AS $$
SELECT convert_to(
    concat_ws('|',
        e.id,
        extract(epoch FROM e.occurred_at)::text,
        length(e.username) || ':' || e.username,
        length(e.action) || ':' || e.action,
        length(e.what) || ':' || e.what,
        coalesce(e.referral_id::text, '-'),
        coalesce(length(e.case_reference) || ':' || e.case_reference, '-'),
        coalesce(e.area_id::text, '-'),
        length(e.channel) || ':' || e.channel),
    'UTF8')
$$;

-- Runs as the table's owner, so the application's user needs no right to the queue. Once per
-- statement, not per row: a list's 25 audit lines are one insert into the queue.
CREATE FUNCTION audit_event_queue_for_sealing() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO audit_unsealed (event_id) SELECT id FROM added;
    RETURN NULL;
END;
$$;
CREATE TRIGGER audit_event_queued_for_sealing
    AFTER INSERT ON audit_event REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_queue_for_sealing();

CREATE TRIGGER audit_chain_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_chain
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_chain_no_truncate
    BEFORE TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

-- Seals up to most_entries queued entries, oldest id first; returns how many. One sealer at a time
-- (an advisory lock across every node); it sees only committed entries. Owner's rights, so the
-- application's user may seal but not write the chain or the queue itself.
CREATE FUNCTION audit_seal(most_entries integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    seq    bigint;
    hash   bytea;
    entry  record;
    ids    bigint[] := '{}';
    hashes bytea[] := '{}';
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('tandem.audit-chain'));
    SELECT chain_seq, entry_hash INTO seq, hash FROM audit_chain ORDER BY chain_seq DESC LIMIT 1;
    IF NOT FOUND THEN
        seq := 0;
        hash := decode(repeat('00', 32), 'hex');
    END IF;
    -- The content is made in the query, not per row in the loop, where each call costs far more.
    FOR entry IN
        SELECT e.id, audit_entry_content(e) AS content
        FROM audit_unsealed q JOIN audit_event e ON e.id = q.event_id
        ORDER BY q.event_id LIMIT most_entries
    LOOP
        hash := sha256(hash || entry.content);
        ids := ids || entry.id;
        hashes := hashes || hash;
    END LOOP;
    INSERT INTO audit_chain (chain_seq, event_id, entry_hash)
    SELECT seq + n, ids[n], hashes[n] FROM generate_subscripts(ids, 1) n;
    DELETE FROM audit_unsealed WHERE event_id = ANY (ids);
    RETURN cardinality(ids);
END;
$$;

-- Walks the whole chain in order, one link at a time (a cursor: memory does not grow with the
-- trail), and gives the first entry where it breaks: a link whose entry is gone (deleted), whose
-- hash no longer matches (the entry or an earlier link changed), or a gap in the chain's places
-- (a link removed); then any entry that is neither sealed nor queued (slipped in past the
-- trigger), or queued but gone. entries is how many links were checked; problem says which break
-- (link-missing, deleted, changed, inserted, deleted-before-sealed); head is the last link's hash.
CREATE FUNCTION audit_verify(OUT entries bigint, OUT broken_at bigint, OUT chain_seq bigint,
                             OUT problem text, OUT head text)
    LANGUAGE plpgsql STABLE AS $$
DECLARE
    link   record;
    hash   bytea := decode(repeat('00', 32), 'hex');
    seq    bigint := 0;
BEGIN
    entries := 0;
    FOR link IN
        SELECT c.chain_seq AS at, c.event_id, c.entry_hash, e.id AS found,
               audit_entry_content(e) AS content
        FROM audit_chain c LEFT JOIN audit_event e ON e.id = c.event_id
        ORDER BY c.chain_seq
    LOOP
        IF link.at <> seq + 1 THEN
            broken_at := link.event_id; chain_seq := link.at; problem := 'link-missing';
            RETURN;
        ELSIF link.found IS NULL THEN
            broken_at := link.event_id; chain_seq := link.at; problem := 'deleted';
            RETURN;
        END IF;
        hash := sha256(hash || link.content);
        IF hash <> link.entry_hash THEN
            broken_at := link.event_id; chain_seq := link.at; problem := 'changed';
            RETURN;
        END IF;
        seq := link.at;
        entries := entries + 1;
    END LOOP;
    SELECT min(e.id) INTO broken_at FROM audit_event e
    WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = e.id)
      AND NOT EXISTS (SELECT 1 FROM audit_unsealed q WHERE q.event_id = e.id);
    IF broken_at IS NOT NULL THEN
        problem := 'inserted';
        RETURN;
    END IF;
    SELECT min(q.event_id) INTO broken_at FROM audit_unsealed q
    WHERE NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.id = q.event_id);
    IF broken_at IS NOT NULL THEN
        problem := 'deleted-before-sealed';
        RETURN;
    END IF;
    head := encode(hash, 'hex');
END;
$$;

-- The entries written before this migration are chained in id order, as the sealer does it: a
-- ten thousand at a time, so a long trail never needs all its hashes in memory at once.
INSERT INTO audit_unsealed (event_id) SELECT id FROM audit_event;
DO $$
BEGIN
    WHILE audit_seal(10000) = 10000 LOOP
    END LOOP;
END;
$$;

-- Whatever rights other roles were given on the trail (an application user's default privileges
-- on every table, docs/deploy.md), only its owner may change it: the others may read the trail and
-- append to it, and read the chain, which only the owner's functions above write.
DO $$
DECLARE
    refused text;
    tbl     text;
    grantee text;
BEGIN
    FOREACH tbl IN ARRAY ARRAY['audit_event', 'audit_chain', 'audit_unsealed'] LOOP
        refused := CASE tbl WHEN 'audit_event' THEN 'UPDATE, DELETE, TRUNCATE'
                            ELSE 'INSERT, UPDATE, DELETE, TRUNCATE' END;
        EXECUTE format('REVOKE %s ON %I FROM PUBLIC', refused, tbl);
        FOR grantee IN
            SELECT DISTINCT a.grantee::regrole::text
            FROM pg_class c, aclexplode(c.relacl) a
            WHERE c.oid = to_regclass(tbl) AND a.grantee <> 0 AND a.grantee <> c.relowner
        LOOP
            EXECUTE format('REVOKE %s ON %I FROM %s', refused, tbl, grantee);
        END LOOP;
    END LOOP;
END;
$$;
