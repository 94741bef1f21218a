package org.tandem.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * Tonight's group on one page: the men expected, the curriculum session due next, and whether the
 * session has been recorded already.
 */
public record SessionSheet(
    GroupSummary group,
    LocalDate on,
    CurriculumSession nextSession,
    List<CurriculumSession> curriculum,
    List<Member> expected,
    boolean alreadyRecorded) {}
