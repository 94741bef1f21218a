package org.tandem.programme;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.web.InRange;

/**
 * One man at one session: attendance, disclosure of violence or abuse in the last week, his use of
 * blame, minimisation and denial (1 none to 5 high), and the facilitators' notes.
 */
public record SessionMark(
    @NotNull(message = "{programme.problem.enrolmentMissing}") Long enrolmentId,
    @NotNull(message = "{programme.problem.selectHowHeAttended}") AttendanceMark mark,
    @Size(max = 300, message = "{programme.problem.absenceReason300}") String absenceReason,
    Boolean disclosed,
    @Size(max = 2000, message = "{programme.problem.disclosed2000}") String disclosureDetail,
    @InRange(from = 1, to = 5, message = "{programme.problem.rateBlame}") Integer blame,
    @InRange(from = 1, to = 5, message = "{programme.problem.rateMinimisation}")
        Integer minimisation,
    @InRange(from = 1, to = 5, message = "{programme.problem.rateDenial}") Integer denial,
    @Size(max = 2000, message = "{programme.problem.notes2000}") String notes) {

  // Named for the fields so that the problems show beside them.
  @jakarta.validation.constraints.AssertTrue(message = "{programme.problem.sayWhatHeDisclosed}")
  boolean isDisclosureDetail() {
    return !Boolean.TRUE.equals(disclosed)
        || (disclosureDetail != null && !disclosureDetail.isBlank());
  }

  @jakarta.validation.constraints.AssertTrue(message = "{programme.problem.enterTheAbsenceReason}")
  boolean isAbsenceReason() {
    return mark != AttendanceMark.ABSENT_WITH_REASON
        || (absenceReason != null && !absenceReason.isBlank());
  }
}
