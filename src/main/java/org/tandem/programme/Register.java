package org.tandem.programme;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A recorded group session's register as it stands: the session, who recorded it and when, and
 * every man's entry with its corrections.
 */
@Schema(name = "GroupRegister")
public record Register(
    long id,
    long groupId,
    String groupName,
    LocalDate heldOn,
    CurriculumSession delivered,
    String facilitators,
    String recordedBy,
    OffsetDateTime recordedAt,
    List<RegisterEntry> entries) {

  /** The men who came, late or not. */
  public long attended() {
    return entries.stream().filter(e -> e.entry().mark().counts()).count();
  }

  public long corrected() {
    return entries.stream().filter(RegisterEntry::corrected).count();
  }
}
