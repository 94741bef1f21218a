package org.tandem.children.internal;

import org.tandem.children.ChildSessionKind;
import org.tandem.children.LadderStage;
import org.tandem.referral.ProtectionStatus;
import org.tandem.web.DateInput;
import org.tandem.web.VersionedForm;

/** The children's-work forms, holding what was typed so that a mistake is shown back as entered. */
final class ChildrenForms {

  private ChildrenForms() {}

  /** A change in the child's protection status. */
  public static class StatusForm extends VersionedForm {
    private ProtectionStatus status;
    private DateInput changedOn = new DateInput();

    public ProtectionStatus getStatus() {
      return status;
    }

    public void setStatus(ProtectionStatus status) {
      this.status = status;
    }

    public DateInput getChangedOn() {
      return changedOn;
    }

    public void setChangedOn(DateInput changedOn) {
      this.changedOn = changedOn;
    }
  }

  /** A session with the child. */
  public static class SessionForm {
    private DateInput heldOn = new DateInput();
    private String durationMinutes;
    private ChildSessionKind kind;
    private String wellbeingNotes;

    public DateInput getHeldOn() {
      return heldOn;
    }

    public void setHeldOn(DateInput heldOn) {
      this.heldOn = heldOn;
    }

    public String getDurationMinutes() {
      return durationMinutes;
    }

    public void setDurationMinutes(String durationMinutes) {
      this.durationMinutes = durationMinutes;
    }

    public ChildSessionKind getKind() {
      return kind;
    }

    public void setKind(ChildSessionKind kind) {
      this.kind = kind;
    }

    public String getWellbeingNotes() {
      return wellbeingNotes;
    }

    public void setWellbeingNotes(String wellbeingNotes) {
      this.wellbeingNotes = wellbeingNotes;
    }
  }

  /** A reading on the safety ladder. */
  public static class LadderForm {
    private LadderStage stage;
    private DateInput takenOn = new DateInput();
    private String rating;

    public LadderStage getStage() {
      return stage;
    }

    public void setStage(LadderStage stage) {
      this.stage = stage;
    }

    public DateInput getTakenOn() {
      return takenOn;
    }

    public void setTakenOn(DateInput takenOn) {
      this.takenOn = takenOn;
    }

    public String getRating() {
      return rating;
    }

    public void setRating(String rating) {
      this.rating = rating;
    }
  }
}
