package org.tandem.children;

/**
 * The children's safety ladder before and after the work, for a report: children whose latest
 * "after" reading (the one {@link SafetyLadder#progress} compares) was taken in the period, against
 * their latest "before" reading. Counts only, never which child.
 *
 * @param children children with both readings, the "after" one in the period
 * @param rose of those, children whose rating went up
 * @param same children whose rating did not change
 * @param fell children whose rating went down
 * @param averageChange the mean of after minus before, or null when there are no children
 */
public record LadderResults(int children, int rose, int same, int fell, Double averageChange) {}
