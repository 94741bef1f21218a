package org.tandem.evaluation;

import java.time.LocalDate;

/** A referrer's evaluation as recorded on a case. */
public record ReferrerEvaluation(
    long id,
    LocalDate receivedOn,
    int assessmentUsefulness,
    int reportUsefulness,
    int herSafety,
    int childrensSafety,
    String comments,
    String recordedBy) {}
