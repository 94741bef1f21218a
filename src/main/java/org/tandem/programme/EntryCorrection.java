package org.tandem.programme;

/**
 * A correction of one man's entry in a recorded session's register: the entry as it should read,
 * why it is corrected, and the version of the entry read.
 */
public record EntryCorrection(
    AttendanceMark mark,
    String absenceReason,
    Boolean disclosed,
    String disclosureDetail,
    Integer blame,
    Integer minimisation,
    Integer denial,
    String notes,
    String reason,
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
