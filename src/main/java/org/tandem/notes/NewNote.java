package org.tandem.notes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tandem.web.UpToToday;

/**
 * A note as a worker writes it. On his case the kind is needed; on her record every note is a
 * partner-support note and the kind is left out.
 */
public record NewNote(
    NoteKind kind,
    @UpToToday(
            missing = "Enter the date it happened",
            message = "The date it happened must be today or in the past")
        LocalDate happenedOn,
    @NotBlank(message = "Enter the note")
        @Size(max = 10000, message = "The note must be 10,000 characters or fewer")
        String text,
    Boolean restricted) {

  public boolean isRestricted() {
    return Boolean.TRUE.equals(restricted);
  }
}
