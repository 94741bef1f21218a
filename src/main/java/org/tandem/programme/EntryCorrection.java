package org.tandem.programme;

import jakarta.validation.constraints.Size;

/**
 * A correction of one man's entry in a recorded session's register: the entry as it should read,
 * why it is corrected, and the version of the entry read.
 */
public record EntryCorrection(
    AttendanceMark mark,
    @Size(max = 300, message = "The absence reason must be 300 characters or fewer")
        String absenceReason,
    Boolean disclosed,
    @Size(max = 2000, message = "What he disclosed must be 2,000 characters or fewer")
        String disclosureDetail,
    Integer blame,
    Integer minimisation,
    Integer denial,
    @Size(max = 2000, message = "The notes must be 2,000 characters or fewer") String notes,
    @Size(max = 500, message = "The reason must be 500 characters or fewer") String reason,
    Integer version) {

  SessionMark entryFor(long enrolmentId) {
    return new SessionMark(
        enrolmentId,
        mark,
        absenceReason,
        Boolean.TRUE.equals(disclosed),
        disclosureDetail,
        blame,
        minimisation,
        denial,
        notes);
  }
}
