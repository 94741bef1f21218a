-- Two managers saving an area's population figures at once overwrote each other without either
-- knowing. The figures now carry a version: a save made from figures someone has changed since is
-- refused, and says so, instead of silently replacing them.

ALTER TABLE area ADD COLUMN population_version INTEGER NOT NULL DEFAULT 0;
COMMENT ON COLUMN area.population_version IS '[open] optimistic-locking version of the population figures: each save adds one';
