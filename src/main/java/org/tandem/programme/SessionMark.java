package org.tandem.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * One man at one session: attendance, disclosure of violence or abuse in the last week, his use of
 * blame, minimisation and denial (1 none to 5 high), and the facilitators' notes.
 */
public record SessionMark(
    @NotNull(message = "The enrolment is missing") Long enrolmentId,
    @NotNull(message = "Select how he attended") AttendanceMark mark,
    String absenceReason,
    Boolean disclosed,
    String disclosureDetail,
    @Min(value = 1, message = "Rate blame from 1 to 5")
        @Max(value = 5, message = "Rate blame from 1 to 5")
        Integer blame,
    @Min(value = 1, message = "Rate minimisation from 1 to 5")
        @Max(value = 5, message = "Rate minimisation from 1 to 5")
        Integer minimisation,
    @Min(value = 1, message = "Rate denial from 1 to 5")
        @Max(value = 5, message = "Rate denial from 1 to 5")
        Integer denial,
    String notes) {

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
