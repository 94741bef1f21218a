package org.tandem.notes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A correction of a note: the text as it should read, why, and how many corrections the worker saw
 * (0 for a note never corrected), so that two workers correcting at once cannot both be saved.
 */
public record NoteCorrection(
    @NotBlank(message = "Enter the note as it should read")
        @Size(max = 10000, message = "The note must be 10,000 characters or fewer")
        String text,
    @NotBlank(message = "Say why the note is being corrected")
        @Size(max = 1000, message = "The reason must be 1,000 characters or fewer")
        String reason,
    int basedOn) {}
