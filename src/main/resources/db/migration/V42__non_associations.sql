-- Men who must not share a group: co-defendants, relatives, a known conflict. One row holds the
-- pair, and it binds both ways; ending it keeps the row, so the case keeps its history.
CREATE TABLE non_association (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id       BIGINT       NOT NULL REFERENCES referral (id),
    other_referral_id BIGINT       NOT NULL REFERENCES referral (id),
    kind              VARCHAR(20)  NOT NULL
        CONSTRAINT non_association_kind_known
            CHECK (kind IN ('CO_DEFENDANT', 'RELATIVE', 'KNOWN_CONFLICT', 'OTHER')),
    note              VARCHAR(500),
    recorded_by       VARCHAR(80)  NOT NULL,
    recorded_at       TIMESTAMPTZ  NOT NULL,
    ended_by          VARCHAR(80),
    ended_at          TIMESTAMPTZ,
    version           INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT non_association_two_men CHECK (referral_id <> other_referral_id)
);
-- One live non-association for a pair, whichever case it was recorded from.
CREATE UNIQUE INDEX non_association_one_live_per_pair
    ON non_association (least(referral_id, other_referral_id), greatest(referral_id, other_referral_id))
    WHERE ended_at IS NULL;
CREATE INDEX non_association_other ON non_association (other_referral_id);
CREATE INDEX non_association_case ON non_association (referral_id);
COMMENT ON TABLE non_association IS 'Two men who must not share a group, recorded on one''s case and binding both; ended when no longer needed, kept as history.';
COMMENT ON COLUMN non_association.id IS '[open] surrogate key';
COMMENT ON COLUMN non_association.referral_id IS '[open] the case it was recorded on';
COMMENT ON COLUMN non_association.other_referral_id IS '[open] the other man''s case';
COMMENT ON COLUMN non_association.kind IS '[open] why: co-defendant, relative, known conflict or other';
COMMENT ON COLUMN non_association.note IS '[open] what the worker recorded about it; required for other';
COMMENT ON COLUMN non_association.recorded_by IS '[open] who recorded it';
COMMENT ON COLUMN non_association.recorded_at IS '[open] when it was recorded';
COMMENT ON COLUMN non_association.ended_by IS '[open] who ended it';
COMMENT ON COLUMN non_association.ended_at IS '[open] when it was ended; null while it holds';
COMMENT ON COLUMN non_association.version IS '[open] optimistic-locking version';
