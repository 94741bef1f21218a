package org.tandem.programme;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.web.InRange;

/**
 * One man at one session: attendance, disclosure of violence or abuse in the last week, his use of
 * blame, minimisation and denial (1 none to 5 high), and the facilitators' notes.
 */
public record SessionMark(
    @NotNull(message = "The enrolment is missing") Long enrolmentId,
    @NotNull(message = "Select how he attended") AttendanceMark mark,
    @Size(max = 300, message = "The absence reason must be 300 characters or fewer")
        String absenceReason,
    Boolean disclosed,
    @Size(max = 2000, message = "What he disclosed must be 2,000 characters or fewer")
        String disclosureDetail,
    @InRange(from = 1, to = 5, message = "Rate blame from 1 to 5") Integer blame,
    @InRange(from = 1, to = 5, message = "Rate minimisation from 1 to 5") Integer minimisation,
    @InRange(from = 1, to = 5, message = "Rate denial from 1 to 5") Integer denial,
    @Size(max = 2000, message = "The notes must be 2,000 characters or fewer") String notes) {

  // Named for the fields so that the problems show beside them.
  @jakarta.validation.constraints.AssertTrue(message = "Say what he disclosed")
  boolean isDisclosureDetail() {
    return !Boolean.TRUE.equals(disclosed)
        || (disclosureDetail != null && !disclosureDetail.isBlank());
  }

  @jakarta.validation.constraints.AssertTrue(message = "Enter the reason he gave for being absent")
  boolean isAbsenceReason() {
    return mark != AttendanceMark.ABSENT_WITH_REASON
        || (absenceReason != null && !absenceReason.isBlank());
  }
}
