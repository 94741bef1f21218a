package org.tandem.womensgroups.internal;

import java.util.ArrayList;
import java.util.List;
import org.tandem.web.DateInput;
import org.tandem.web.VersionedForm;
import org.tandem.womensgroups.WomensGroupSessions.Mark;
import org.tandem.womensgroups.WomensGroupSessions.SessionRecord;

/** The session page's form: the date, topic, notes and every woman's line, as typed. */
public class WomensGroupSessionForm extends VersionedForm {

  private DateInput heldOn = new DateInput();
  private String topic;
  private String notes;
  private List<MarkForm> attendance = new ArrayList<>();

  SessionRecord toRecord() {
    return new SessionRecord(
        heldOn == null ? null : heldOn.toDate(),
        topic,
        notes,
        attendance.stream().map(MarkForm::toMark).toList(),
        getVersion());
  }

  public DateInput getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(DateInput heldOn) {
    this.heldOn = heldOn;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public List<MarkForm> getAttendance() {
    return attendance;
  }

  public void setAttendance(List<MarkForm> attendance) {
    this.attendance = attendance;
  }

  /** One woman's line: attended or not, and why not if she said. */
  public static class MarkForm {
    private Long partnerId;
    private Boolean attended;
    private String absenceReason;

    Mark toMark() {
      return new Mark(partnerId, attended, absenceReason);
    }

    public Long getPartnerId() {
      return partnerId;
    }

    public void setPartnerId(Long partnerId) {
      this.partnerId = partnerId;
    }

    public Boolean getAttended() {
      return attended;
    }

    public void setAttended(Boolean attended) {
      this.attended = attended;
    }

    public String getAbsenceReason() {
      return absenceReason;
    }

    public void setAbsenceReason(String absenceReason) {
      this.absenceReason = absenceReason;
    }
  }
}
