package org.tandem.programme.internal;

import java.util.ArrayList;
import java.util.List;
import org.tandem.programme.AttendanceMark;
import org.tandem.programme.NewGroupSession;
import org.tandem.programme.SessionMark;
import org.tandem.web.DateInput;

/** The session page's form for the whole group, holding everything typed. */
public class SessionForm {

  private DateInput heldOn = new DateInput();
  private Long curriculumSessionId;
  private String facilitators;
  private List<MarkForm> marks = new ArrayList<>();

  /** The session as the service takes it; a date that is not a real date reaches it as none. */
  NewGroupSession toSession() {
    return new NewGroupSession(
        heldOn == null ? null : heldOn.toDate(),
        curriculumSessionId,
        facilitators,
        marks.stream().map(MarkForm::toMark).toList());
  }

  public DateInput getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(DateInput heldOn) {
    this.heldOn = heldOn;
  }

  public Long getCurriculumSessionId() {
    return curriculumSessionId;
  }

  public void setCurriculumSessionId(Long curriculumSessionId) {
    this.curriculumSessionId = curriculumSessionId;
  }

  public String getFacilitators() {
    return facilitators;
  }

  public void setFacilitators(String facilitators) {
    this.facilitators = facilitators;
  }

  public List<MarkForm> getMarks() {
    return marks;
  }

  public void setMarks(List<MarkForm> marks) {
    this.marks = marks;
  }

  /** One man's row. Attended is chosen until the facilitator says otherwise. */
  public static class MarkForm {
    private Long enrolmentId;
    private AttendanceMark mark = AttendanceMark.ATTENDED;
    private String absenceReason;
    private boolean disclosed;
    private String disclosureDetail;
    private Integer blame;
    private Integer minimisation;
    private Integer denial;
    private String notes;

    /**
     * A reason typed and then hidden by choosing another mark is still sent by the browser; only an
     * absence with a reason keeps it.
     */
    SessionMark toMark() {
      return new SessionMark(
          enrolmentId,
          mark,
          mark == AttendanceMark.ABSENT_WITH_REASON ? absenceReason : null,
          disclosed,
          disclosureDetail,
          blame,
          minimisation,
          denial,
          notes);
    }

    public Long getEnrolmentId() {
      return enrolmentId;
    }

    public void setEnrolmentId(Long enrolmentId) {
      this.enrolmentId = enrolmentId;
    }

    public AttendanceMark getMark() {
      return mark;
    }

    public void setMark(AttendanceMark mark) {
      this.mark = mark;
    }

    public String getAbsenceReason() {
      return absenceReason;
    }

    public void setAbsenceReason(String absenceReason) {
      this.absenceReason = absenceReason;
    }

    public boolean isDisclosed() {
      return disclosed;
    }

    public void setDisclosed(boolean disclosed) {
      this.disclosed = disclosed;
    }

    public String getDisclosureDetail() {
      return disclosureDetail;
    }

    public void setDisclosureDetail(String disclosureDetail) {
      this.disclosureDetail = disclosureDetail;
    }

    public Integer getBlame() {
      return blame;
    }

    public void setBlame(Integer blame) {
      this.blame = blame;
    }

    public Integer getMinimisation() {
      return minimisation;
    }

    public void setMinimisation(Integer minimisation) {
      this.minimisation = minimisation;
    }

    public Integer getDenial() {
      return denial;
    }

    public void setDenial(Integer denial) {
      this.denial = denial;
    }

    public String getNotes() {
      return notes;
    }

    public void setNotes(String notes) {
      this.notes = notes;
    }
  }
}
