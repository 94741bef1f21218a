package org.tandem.partnersupport;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tandem.web.Rating;
import org.tandem.web.UpToToday;

/**
 * Her follow-up evaluation as completed with her. Her own ratings run from 1 (much worse) to 5 (the
 * best outcome); childrensSafety is 0 ({@link #NOT_ASKED}) when she has no children. The Mirabal
 * measures run from 1 (much worse) to 5 (much better), or 0 when not asked. Every answer is
 * required, so "not asked" is always a choice the worker made, never a gap.
 */
public record NewHerEvaluation(
    @NotNull(message = "Select which follow-up evaluation this is") EvaluationPoint point,
    @UpToToday(missing = "Enter the date you completed the evaluation with her")
        LocalDate completedOn,
    @Rating(message = "Select how his violence towards her has changed") Integer violence,
    @Rating(message = "Select how his abusive behaviour has changed") Integer abusiveBehaviour,
    @Rating(message = "Select how safe she feels") Integer feelingSafe,
    @Rating(
            from = 0,
            message = "Select how safe she feels her children are, or that she has no children")
        Integer childrensSafety,
    @Rating(message = "Select how her quality of life has changed") Integer qualityOfLife,
    @Rating(from = 0, message = "Select a rating for respectful communication, or not asked")
        Integer respectfulCommunication,
    @Rating(from = 0, message = "Select a rating for expanded space for action, or not asked")
        Integer spaceForAction,
    @Rating(
            from = 0,
            message = "Select a rating for safety and freedom from violence, or not asked")
        Integer safetyAndFreedom,
    @Rating(
            from = 0,
            message = "Select a rating for safe, positive, shared parenting, or not asked")
        Integer sharedParenting,
    @Rating(from = 0, message = "Select a rating for awareness of self and impact, or not asked")
        Integer awarenessOfSelf,
    @Rating(from = 0, message = "Select a rating for safer, healthier childhoods, or not asked")
        Integer saferChildhoods,
    @Size(max = 4000, message = "The notes must be 4,000 characters or fewer") String notes) {

  /** The answer for a measure that was not asked, or her children's safety when she has none. */
  public static final int NOT_ASKED = 0;
}
