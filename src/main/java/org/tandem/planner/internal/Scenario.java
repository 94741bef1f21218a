package org.tandem.planner.internal;

import java.time.OffsetDateTime;
import org.tandem.planner.Plan;
import org.tandem.planner.PlannerInputs;

/**
 * A saved scenario: its inputs as saved, and the plan worked out from them when it was read (never
 * stored, so a correction to the arithmetic reaches every scenario).
 */
record Scenario(
    long id,
    String name,
    String createdBy,
    OffsetDateTime createdAt,
    String updatedBy,
    OffsetDateTime updatedAt,
    int version,
    PlannerInputs inputs,
    Plan plan) {}
