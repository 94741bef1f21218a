package org.tandem.partnersupport;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Her follow-up evaluation as completed with her. Her own ratings run from 1 (much worse) to 5 (the
 * best outcome); childrensSafety is 0 ({@link #NOT_ASKED}) when she has no children. The Mirabal
 * measures run from 1 (much worse) to 5 (much better), or 0 when not asked. Every answer is
 * required, so "not asked" is always a choice the worker made, never a gap.
 */
public record NewHerEvaluation(
    @NotNull(message = "Select which follow-up evaluation this is") EvaluationPoint point,
    @NotNull(message = "Enter the date you completed the evaluation with her")
        @PastOrPresent(message = "The date must be today or in the past")
        LocalDate completedOn,
    @NotNull(message = "Select how his violence towards her has changed")
        @Min(value = 1, message = "Select how his violence towards her has changed")
        @Max(value = 5, message = "Select how his violence towards her has changed")
        Integer violence,
    @NotNull(message = "Select how his abusive behaviour has changed")
        @Min(value = 1, message = "Select how his abusive behaviour has changed")
        @Max(value = 5, message = "Select how his abusive behaviour has changed")
        Integer abusiveBehaviour,
    @NotNull(message = "Select how safe she feels")
        @Min(value = 1, message = "Select how safe she feels")
        @Max(value = 5, message = "Select how safe she feels")
        Integer feelingSafe,
    @NotNull(message = "Select how safe she feels her children are, or that she has no children")
        @Min(
            value = 0,
            message = "Select how safe she feels her children are, or that she has no children")
        @Max(
            value = 5,
            message = "Select how safe she feels her children are, or that she has no children")
        Integer childrensSafety,
    @NotNull(message = "Select how her quality of life has changed")
        @Min(value = 1, message = "Select how her quality of life has changed")
        @Max(value = 5, message = "Select how her quality of life has changed")
        Integer qualityOfLife,
    @NotNull(message = "Select a rating for respectful communication, or not asked")
        @Min(value = 0, message = "Select a rating for respectful communication, or not asked")
        @Max(value = 5, message = "Select a rating for respectful communication, or not asked")
        Integer respectfulCommunication,
    @NotNull(message = "Select a rating for expanded space for action, or not asked")
        @Min(value = 0, message = "Select a rating for expanded space for action, or not asked")
        @Max(value = 5, message = "Select a rating for expanded space for action, or not asked")
        Integer spaceForAction,
    @NotNull(message = "Select a rating for safety and freedom from violence, or not asked")
        @Min(
            value = 0,
            message = "Select a rating for safety and freedom from violence, or not asked")
        @Max(
            value = 5,
            message = "Select a rating for safety and freedom from violence, or not asked")
        Integer safetyAndFreedom,
    @NotNull(message = "Select a rating for safe, positive, shared parenting, or not asked")
        @Min(
            value = 0,
            message = "Select a rating for safe, positive, shared parenting, or not asked")
        @Max(
            value = 5,
            message = "Select a rating for safe, positive, shared parenting, or not asked")
        Integer sharedParenting,
    @NotNull(message = "Select a rating for awareness of self and impact, or not asked")
        @Min(value = 0, message = "Select a rating for awareness of self and impact, or not asked")
        @Max(value = 5, message = "Select a rating for awareness of self and impact, or not asked")
        Integer awarenessOfSelf,
    @NotNull(message = "Select a rating for safer, healthier childhoods, or not asked")
        @Min(value = 0, message = "Select a rating for safer, healthier childhoods, or not asked")
        @Max(value = 5, message = "Select a rating for safer, healthier childhoods, or not asked")
        Integer saferChildhoods,
    @Size(max = 4000, message = "The notes must be 4000 characters or fewer") String notes) {

  /** The answer for a measure that was not asked, or her children's safety when she has none. */
  public static final int NOT_ASKED = 0;
}
