package org.tandem.programme;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One man's entry in a session's register as it counts now, the version to send with a correction,
 * and its history: the entry as first recorded, then each correction with who made it, when and
 * why, the last being the entry as it stands.
 */
@Schema(name = "GroupRegisterEntry")
public record RegisterEntry(
    long enrolmentId,
    String reference,
    String name,
    SessionMark entry,
    int version,
    List<Version> history) {

  /** Whether the entry was corrected after it was recorded. */
  public boolean corrected() {
    return history.size() > 1;
  }

  /**
   * The entry as it stood from a moment: as first recorded (reason null), or as a correction left
   * it.
   */
  @Schema(name = "GroupRegisterEntryVersion")
  public record Version(SessionMark entry, String by, OffsetDateTime at, String reason) {

    public boolean original() {
      return reason == null;
    }
  }
}
