-- An area's population and its adult women (women aged 16 and over), the denominators of the rates
-- commissioners compare across services: referrals per 10,000 adult women in the benchmarks and
-- the MARAC-style return. Unknown until a manager or the system administrator records them.

ALTER TABLE area ADD COLUMN population INTEGER CHECK (population > 0);
ALTER TABLE area ADD COLUMN adult_women INTEGER CHECK (adult_women > 0);
ALTER TABLE area ADD COLUMN population_source VARCHAR(200);
ALTER TABLE area ADD CONSTRAINT area_adult_women_within_population
    CHECK (adult_women IS NULL OR population IS NULL OR adult_women <= population);
COMMENT ON COLUMN area.population IS '[open] the area''s population, for rates per head';
COMMENT ON COLUMN area.adult_women IS '[open] women aged 16 and over in the area, for rates per 10,000 adult women';
COMMENT ON COLUMN area.population_source IS '[open] where the population figures come from, e.g. ONS mid-year estimates 2025';
