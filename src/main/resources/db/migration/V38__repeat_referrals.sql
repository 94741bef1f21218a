-- Search before create, recorded: before a referral is saved intake looks for the same man among
-- the earlier cases it may see, and either links the new referral to the earlier case (a repeat
-- referral, counted in the reports) or confirms that he is someone else. The decision is kept on
-- the new referral so that the case page shows it and "my work" can find referrals not yet looked
-- at (those logged through the API without a decision).
ALTER TABLE referral
    ADD COLUMN repeat_of_referral_id BIGINT REFERENCES referral (id),
    ADD COLUMN duplicate_check       VARCHAR(20),
    ADD COLUMN duplicate_checked_at  TIMESTAMPTZ,
    ADD COLUMN duplicate_checked_by  VARCHAR(80),
    ADD CONSTRAINT referral_duplicate_check
        CHECK (duplicate_check IN ('NONE_FOUND', 'SOMEONE_ELSE', 'REPEAT')),
    -- A repeat names its earlier case; nothing else does, and no case repeats itself.
    ADD CONSTRAINT referral_repeat_names_earlier_case
        CHECK ((duplicate_check = 'REPEAT') = (repeat_of_referral_id IS NOT NULL)
               AND repeat_of_referral_id IS DISTINCT FROM id);

-- The later referrals of a man, found from his earlier case.
CREATE INDEX referral_repeat_of ON referral (repeat_of_referral_id)
    WHERE repeat_of_referral_id IS NOT NULL;

COMMENT ON COLUMN referral.repeat_of_referral_id IS '[open] the earlier case of the same man that this referral repeats, as intake linked it; null when not a repeat';
COMMENT ON COLUMN referral.duplicate_check IS '[open] what intake found when it looked for the same man before saving: NONE_FOUND, SOMEONE_ELSE (matches shown, none him) or REPEAT; null when nobody looked';
COMMENT ON COLUMN referral.duplicate_checked_at IS '[open] when intake recorded that decision';
COMMENT ON COLUMN referral.duplicate_checked_by IS '[open] who recorded that decision';
