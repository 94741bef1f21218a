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
            missing = "Enter the date you received the evaluation",
            message = "The date received must be today or in the past")
        LocalDate receivedOn,
    @Rating(message = "Select how useful the referrer found the assessment")
        Integer assessmentUsefulness,
    @Rating(message = "Select how useful the referrer found the risk identification report")
        Integer reportUsefulness,
    @Rating(message = "Select how safe the referrer thinks she is after the work")
        Integer herSafety,
    @Rating(message = "Select how safe the referrer thinks the children are after the work")
        Integer childrensSafety,
    @Size(max = 4000, message = "The comments must be 4,000 characters or fewer")
        String comments) {}
