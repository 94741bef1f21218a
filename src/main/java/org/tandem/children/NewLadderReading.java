package org.tandem.children;

import java.time.LocalDate;

/**
 * A reading on the child's safety ladder: before or after the work, the date, and the child's own
 * rating from 1 to 10. {@link SafetyLadder} holds the rules.
 */
public record NewLadderReading(LadderStage stage, LocalDate takenOn, Integer rating) {}
