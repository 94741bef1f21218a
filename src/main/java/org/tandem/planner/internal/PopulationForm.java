package org.tandem.planner.internal;

import jakarta.validation.constraints.Size;

/**
 * An area's population figures as typed: text, so that a mistake is shown back exactly as entered,
 * and the version of the figures the caller read, so that a change someone saved meanwhile is found
 * instead of overwritten. The limits are those {@link PopulationRecording} enforces: a whole number
 * up to 100,000,000, and a source of 200 characters.
 */
record PopulationForm(
    @Size(max = 20, message = "{population.problem.population.whole}") String population,
    @Size(max = 20, message = "{population.problem.adultWomen.whole}") String adultWomen,
    @Size(max = 200, message = "{population.problem.sourceLength}") String source,
    Integer version) {}
