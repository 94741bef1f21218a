-- Commissioning planner: saved scenarios. A scenario is a named set of the planner's inputs (the
-- areas with their populations, and every assumption), so that a commissioner can keep a case for
-- funding, come back to it, and compare two side by side. Its plan is worked out again from the
-- inputs whenever it is shown, so a correction to the arithmetic reaches every saved scenario.
--
-- Nothing here is about a person: populations, rates and budgets only. Every column is [open].

CREATE TABLE planner_scenario (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        VARCHAR(120) NOT NULL UNIQUE,
    inputs      JSONB        NOT NULL,
    created_by  VARCHAR(80)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_by  VARCHAR(80)  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     INTEGER      NOT NULL DEFAULT 0
);
-- Names are chosen from a list by eye, so two that differ only in capitals would be confused.
CREATE UNIQUE INDEX planner_scenario_name_folded ON planner_scenario (lower(name));
-- The list shows the most recently saved first.
CREATE INDEX planner_scenario_recent ON planner_scenario (updated_at DESC, id DESC);
COMMENT ON TABLE planner_scenario IS 'A named, saved set of commissioning planner inputs: populations and assumptions, no case data.';
COMMENT ON COLUMN planner_scenario.id IS '[open] surrogate key';
COMMENT ON COLUMN planner_scenario.name IS '[open] the name a commissioner gave the scenario, unique regardless of capitals';
COMMENT ON COLUMN planner_scenario.inputs IS '[open] the planner inputs as JSON: areas (name, population, adult women), every assumption, and the Tandem area codes set against';
COMMENT ON COLUMN planner_scenario.created_by IS '[open] who saved it';
COMMENT ON COLUMN planner_scenario.created_at IS '[open] when it was saved';
COMMENT ON COLUMN planner_scenario.updated_by IS '[open] who last changed it';
COMMENT ON COLUMN planner_scenario.updated_at IS '[open] when it was last changed';
COMMENT ON COLUMN planner_scenario.version IS '[open] optimistic-locking version';
