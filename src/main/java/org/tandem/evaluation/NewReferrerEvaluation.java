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
            missing = "{evaluation.problem.enterReceivedOn}",
            message = "{evaluation.problem.receivedOnFuture}")
        LocalDate receivedOn,
    @Rating(message = "{evaluation.problem.selectAssessmentUsefulness}")
        Integer assessmentUsefulness,
    @Rating(message = "{evaluation.problem.selectReportUsefulness}") Integer reportUsefulness,
    @Rating(message = "{evaluation.problem.selectHerSafety}") Integer herSafety,
    @Rating(message = "{evaluation.problem.selectChildrensSafety}") Integer childrensSafety,
    @Size(max = 4000, message = "{evaluation.problem.commentsTooLong}") String comments) {}
