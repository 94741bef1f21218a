-- API tokens get an expiry date and a scope (issue 15, §1).

ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMPTZ;
-- Tokens made before tokens expired get the longest life a new one may be given, counted from
-- this upgrade, so that no integration stops without its owner having a year to replace it.
UPDATE api_token SET expires_at = now() + INTERVAL '1 year';
ALTER TABLE api_token ALTER COLUMN expires_at SET NOT NULL;

-- Tokens made before scopes could do everything their owner can, so they stay read-write; the
-- default is dropped afterwards so that every new token states its scope.
ALTER TABLE api_token ADD COLUMN scope VARCHAR(10) NOT NULL DEFAULT 'READ_WRITE'
    CONSTRAINT api_token_scope_known CHECK (scope IN ('READ_ONLY', 'READ_WRITE'));
ALTER TABLE api_token ALTER COLUMN scope DROP DEFAULT;

COMMENT ON COLUMN api_token.expires_at IS '[open] the moment after which it authenticates nobody';
COMMENT ON COLUMN api_token.scope IS '[open] READ_ONLY (GET, HEAD and OPTIONS only) or READ_WRITE';
COMMENT ON COLUMN api_token.last_used_at IS '[open] when it last authenticated a request, to within a minute: a use less than a minute after the last one noted is not written';
