package org.tandem.notes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A correction of a note: the text as it should read, why, and how many corrections the worker saw
 * (0 for a note never corrected), so that two workers correcting at once cannot both be saved.
 */
public record NoteCorrection(
    @NotBlank(message = "{notes.problem.enterTheNoteAsItShould}")
        @Size(max = 10000, message = "{notes.problem.theNoteMustBe10000}")
        String text,
    @NotBlank(message = "{notes.problem.sayWhyTheNoteIsBeing}")
        @Size(max = 1000, message = "{notes.problem.theReasonMustBe1000}")
        String reason,
    int basedOn) {}
