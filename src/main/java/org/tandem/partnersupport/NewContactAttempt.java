package org.tandem.partnersupport;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** A proactive attempt to reach her, as the worker records it. Times are UK time. */
public record NewContactAttempt(
    @NotNull(message = "{partnersupport.problem.selectHowYouTriedToReach}") ContactMethod method,
    @NotNull(message = "{partnersupport.problem.enterTheDateOfTheAttempt}") LocalDate attemptedOn,
    @NotNull(message = "{partnersupport.problem.enterTheTimeOfTheAttempt}") LocalTime attemptedAt,
    @NotNull(message = "{partnersupport.problem.selectWhatCameOfTheAttempt}")
        ContactOutcome outcome,
    @Size(max = 200, message = "{partnersupport.problem.theVenueMustBe200Characters}") String venue,
    @Size(max = 4000, message = "{partnersupport.problem.theNotesMustBe4000}") String notes,
    Boolean withinSafeTimes) {}
