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
            missing = "{notes.problem.enterTheDateItHappened}",
            message = "{notes.problem.theDateItHappenedMustBe}")
        LocalDate happenedOn,
    @NotBlank(message = "{notes.problem.enterTheNote}")
        @Size(max = 10000, message = "{notes.problem.theNoteMustBe10000}")
        String text,
    Boolean restricted) {

  public boolean isRestricted() {
    return Boolean.TRUE.equals(restricted);
  }
}
