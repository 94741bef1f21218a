-- Repeated failed sign-ins are slowed, not locked out: a hard lock let anyone who knew a username
-- keep its owner out, and answered differently for real and unknown names. The delays are kept
-- here, not in a node's memory, so that every node slows the same guesser.
CREATE TABLE sign_in_throttle (
    subject          VARCHAR(120) PRIMARY KEY,
    failures         INTEGER      NOT NULL,
    last_failure_at  TIMESTAMPTZ  NOT NULL,
    wait_until       TIMESTAMPTZ
);
CREATE INDEX sign_in_throttle_last_failure ON sign_in_throttle (last_failure_at);
COMMENT ON TABLE sign_in_throttle IS '[open] failed sign-ins counted per client address and per typed username, and how long the next attempt must wait';
COMMENT ON COLUMN sign_in_throttle.subject IS '[open] "address:" and the client address, or "account:" and the username typed, whether or not such an account exists';
COMMENT ON COLUMN sign_in_throttle.failures IS '[open] failed sign-ins since the count was last forgotten or cleared';
COMMENT ON COLUMN sign_in_throttle.last_failure_at IS '[open] when the last failure was';
COMMENT ON COLUMN sign_in_throttle.wait_until IS '[open] attempts before this time are refused without checking the password';

ALTER TABLE app_user DROP COLUMN locked_until;
ALTER TABLE app_user ADD COLUMN last_failed_sign_in_at TIMESTAMPTZ;
ALTER TABLE app_user ADD COLUMN last_sign_in_address VARCHAR(64);
COMMENT ON COLUMN app_user.failed_sign_ins IS '[open] failed sign-ins naming this account since its last successful sign-in, told to its owner when they next sign in';
COMMENT ON COLUMN app_user.last_failed_sign_in_at IS '[open] when the last of those failed sign-ins was';
COMMENT ON COLUMN app_user.last_sign_in_address IS '[open] the client address of the last successful sign-in, where guesses at the account from elsewhere do not slow its owner';
