package org.tandem.programme.internal;

import org.tandem.programme.AttendanceMark;
import org.tandem.programme.EntryCorrection;
import org.tandem.programme.RegisterEntry;
import org.tandem.programme.SessionMark;

/**
 * The form that corrects one man's entry in a recorded register: the entry as it should read, why,
 * and the version of the entry that was read.
 */
public class CorrectionForm extends SessionForm.MarkForm {

  private String reason;
  private Integer version;

  /** The form as first shown: the entry as it stands. */
  static CorrectionForm of(RegisterEntry e) {
    SessionMark m = e.entry();
    CorrectionForm form = new CorrectionForm();
    form.setEnrolmentId(e.enrolmentId());
    form.setMark(m.mark());
    form.setAbsenceReason(m.absenceReason());
    form.setDisclosed(Boolean.TRUE.equals(m.disclosed()));
    form.setDisclosureDetail(m.disclosureDetail());
    form.setBlame(m.blame());
    form.setMinimisation(m.minimisation());
    form.setDenial(m.denial());
    form.setNotes(m.notes());
    form.setVersion(e.version());
    return form;
  }

  /** What was hidden on the page (a reason for another mark, a detail unticked) is not sent on. */
  EntryCorrection toCorrection() {
    return new EntryCorrection(
        getMark(),
        getMark() == AttendanceMark.ABSENT_WITH_REASON ? getAbsenceReason() : null,
        isDisclosed(),
        isDisclosed() ? getDisclosureDetail() : null,
        getBlame(),
        getMinimisation(),
        getDenial(),
        getNotes(),
        reason,
        version);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }
}
