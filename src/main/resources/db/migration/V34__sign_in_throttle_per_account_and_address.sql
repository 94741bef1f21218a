-- Failures at one account from one address are counted on their own too: at the address an account's
-- owner last signed in from (often an office whose staff share one public address), the address's
-- and the account's waits do not apply to her, and this count slows a guesser there instead.
COMMENT ON COLUMN sign_in_throttle.subject IS '[open] "address:" and the client address, "account:" and the username typed (whether or not such an account exists), or "pair:" and a SHA-256 of the two together';
