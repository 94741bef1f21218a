package org.tandem.planner.internal;

/**
 * An area's population figures as typed: text, so that a mistake is shown back exactly as entered.
 */
record PopulationForm(String population, String adultWomen, String source) {}
