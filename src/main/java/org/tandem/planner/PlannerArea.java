package org.tandem.planner;

/**
 * One area in a plan: its name, its population and its adult women (women aged 16 and over), as a
 * census or population estimate gives them.
 */
public record PlannerArea(String name, long population, long adultWomen) {}
