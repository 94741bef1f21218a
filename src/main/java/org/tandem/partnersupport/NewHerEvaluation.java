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
    @NotNull(message = "{partnersupport.problem.selectWhichFollowUpEvaluationThis}")
        EvaluationPoint point,
    @UpToToday(missing = "{partnersupport.problem.enterTheDateYouCompletedTheX}")
        LocalDate completedOn,
    @Rating(message = "{partnersupport.problem.selectHowHisViolenceTowardsHer}") Integer violence,
    @Rating(message = "{partnersupport.problem.selectHowHisAbusiveBehaviourHas}")
        Integer abusiveBehaviour,
    @Rating(message = "{partnersupport.problem.selectHowSafeSheFeels}") Integer feelingSafe,
    @Rating(from = 0, message = "{partnersupport.problem.selectHowSafeSheFeelsHer}")
        Integer childrensSafety,
    @Rating(message = "{partnersupport.problem.selectHowHerQualityOfLife}") Integer qualityOfLife,
    @Rating(from = 0, message = "{partnersupport.problem.selectARatingForRespectfulCommunication}")
        Integer respectfulCommunication,
    @Rating(from = 0, message = "{partnersupport.problem.selectARatingForExpandedSpace}")
        Integer spaceForAction,
    @Rating(from = 0, message = "{partnersupport.problem.selectARatingForSafetyAnd}")
        Integer safetyAndFreedom,
    @Rating(from = 0, message = "{partnersupport.problem.selectARatingForSafePositive}")
        Integer sharedParenting,
    @Rating(from = 0, message = "{partnersupport.problem.selectARatingForAwarenessOf}")
        Integer awarenessOfSelf,
    @Rating(from = 0, message = "{partnersupport.problem.selectARatingForSaferHealthier}")
        Integer saferChildhoods,
    @Size(max = 4000, message = "{partnersupport.problem.theNotesMustBe4000}") String notes) {

  /** The answer for a measure that was not asked, or her children's safety when she has none. */
  public static final int NOT_ASKED = 0;
}
