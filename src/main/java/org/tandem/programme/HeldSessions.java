package org.tandem.programme;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** A page of the sessions a group has held, newest first. */
public record HeldSessions(List<Held> sessions, int page, int pages, int total) {

  /** One session held: the curriculum session delivered, and how many came of the men marked. */
  @Schema(name = "HeldSession")
  public record Held(
      long id,
      LocalDate heldOn,
      int position,
      String module,
      String title,
      int attended,
      int marked,
      int corrected) {}

  public boolean hasPrevious() {
    return page > 0;
  }

  public boolean hasNext() {
    return page + 1 < pages;
  }
}
