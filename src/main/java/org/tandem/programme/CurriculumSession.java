package org.tandem.programme;

import java.math.BigDecimal;

/** One session of a curriculum, in its place in the order. */
public record CurriculumSession(
    long id, int position, String module, String title, int stage, BigDecimal hours) {}
