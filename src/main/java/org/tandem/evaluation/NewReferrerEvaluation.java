package org.tandem.evaluation;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tandem.web.Rating;
import org.tandem.web.UpToToday;

/**
 * The evaluation a referrer returned about the work with a case, as intake records it. Ratings run
 * from 1 (worst) to 5 (best): usefulness from "not at all useful" to "very useful", safety from
 * "much less safe" to "much safer".
 */
public record NewReferrerEvaluation(
    @UpToToday(
            missing = "{evaluation.problem.receivedOnMissing}",
            message = "{evaluation.problem.receivedOnFuture}")
        LocalDate receivedOn,
    @Rating(message = "{evaluation.problem.assessmentUsefulness}") Integer assessmentUsefulness,
    @Rating(message = "{evaluation.problem.reportUsefulness}") Integer reportUsefulness,
    @Rating(message = "{evaluation.problem.herSafety}") Integer herSafety,
    @Rating(message = "{evaluation.problem.childrensSafety}") Integer childrensSafety,
    @Size(max = 4000, message = "{evaluation.problem.commentsLength}") String comments) {}
