package org.tandem.children;

import java.time.LocalDate;

/** A child's own sense of safety on the 1–10 ladder, taken before or after the work. */
public record LadderReading(
    long id, LadderStage stage, LocalDate takenOn, int rating, String recordedBy) {}
