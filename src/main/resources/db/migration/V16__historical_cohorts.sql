-- A historical import is reported as its own cohort, never inside a live quarter: it says what it
-- is (the source it was copied from) and the period its cases come from, beside who imported it and
-- when. Imports made before this have neither; they show as not given.
ALTER TABLE historical_import
    ADD COLUMN source_name  VARCHAR(200),
    ADD COLUMN period_from  DATE,
    ADD COLUMN period_to    DATE,
    ADD CONSTRAINT historical_import_period_in_order
        CHECK (period_from IS NULL OR period_to IS NULL OR period_from <= period_to);
COMMENT ON COLUMN historical_import.source_name IS '[open] where the table comes from, e.g. the published evaluation and borough';
COMMENT ON COLUMN historical_import.period_from IS '[open] the first day of the period the table covers';
COMMENT ON COLUMN historical_import.period_to IS '[open] the last day of the period the table covers';
