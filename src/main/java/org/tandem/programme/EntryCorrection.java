package org.tandem.programme;

import jakarta.validation.constraints.Size;

/**
 * A correction of one man's entry in a recorded session's register: the entry as it should read,
 * why it is corrected, and the version of the entry read.
 */
public record EntryCorrection(
    AttendanceMark mark,
    @Size(max = 300, message = "{programme.problem.absenceReason300}") String absenceReason,
    Boolean disclosed,
    @Size(max = 2000, message = "{programme.problem.disclosed2000}") String disclosureDetail,
    Integer blame,
    Integer minimisation,
    Integer denial,
    @Size(max = 2000, message = "{programme.problem.notes2000}") String notes,
    @Size(max = 500, message = "{programme.problem.reason500}") String reason,
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
