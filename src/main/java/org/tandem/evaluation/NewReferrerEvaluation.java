package org.tandem.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The evaluation a referrer returned about the work with a case, as intake records it. Ratings run
 * from 1 (worst) to 5 (best): usefulness from "not at all useful" to "very useful", safety from
 * "much less safe" to "much safer".
 */
public record NewReferrerEvaluation(
    @NotNull(message = "Enter the date you received the evaluation")
        @PastOrPresent(message = "The date received must be today or in the past")
        LocalDate receivedOn,
    @NotNull(message = "Select how useful the referrer found the assessment")
        @Min(value = 1, message = "Select how useful the referrer found the assessment")
        @Max(value = 5, message = "Select how useful the referrer found the assessment")
        Integer assessmentUsefulness,
    @NotNull(message = "Select how useful the referrer found the risk identification report")
        @Min(
            value = 1,
            message = "Select how useful the referrer found the risk identification report")
        @Max(
            value = 5,
            message = "Select how useful the referrer found the risk identification report")
        Integer reportUsefulness,
    @NotNull(message = "Select how safe the referrer thinks she is after the work")
        @Min(value = 1, message = "Select how safe the referrer thinks she is after the work")
        @Max(value = 5, message = "Select how safe the referrer thinks she is after the work")
        Integer herSafety,
    @NotNull(message = "Select how safe the referrer thinks the children are after the work")
        @Min(
            value = 1,
            message = "Select how safe the referrer thinks the children are after the work")
        @Max(
            value = 5,
            message = "Select how safe the referrer thinks the children are after the work")
        Integer childrensSafety,
    @Size(max = 4000, message = "The comments must be 4000 characters or fewer") String comments) {}
