package org.tandem.programme.internal;

import org.tandem.programme.EnrolmentStatus;
import org.tandem.web.VersionedForm;

/** The forms on a man's programme page, holding what was typed. */
public final class PlaceForms {

  private PlaceForms() {}

  /** "Give him a place": the group, and whether he needs an interpreter. */
  public static class Place {
    private Long groupId;
    private boolean withInterpreter;
    private String withoutDecisionBecause;

    public Long getGroupId() {
      return groupId;
    }

    public void setGroupId(Long groupId) {
      this.groupId = groupId;
    }

    public boolean isWithInterpreter() {
      return withInterpreter;
    }

    public void setWithInterpreter(boolean withInterpreter) {
      this.withInterpreter = withInterpreter;
    }

    public String getWithoutDecisionBecause() {
      return withoutDecisionBecause;
    }

    public void setWithoutDecisionBecause(String withoutDecisionBecause) {
      this.withoutDecisionBecause = withoutDecisionBecause;
    }
  }

  /** "Change his status": the new status, the reason, and the version of his place seen. */
  public static class StatusChange extends VersionedForm {
    private EnrolmentStatus status;
    private String reason;

    public EnrolmentStatus getStatus() {
      return status;
    }

    public void setStatus(EnrolmentStatus status) {
      this.status = status;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }
  }

  /** "Give a place in this group", from the group's page: which man, and his interpreter. */
  public static class GroupPlace {
    private String reference;
    private boolean withInterpreter;

    public String getReference() {
      return reference;
    }

    public void setReference(String reference) {
      this.reference = reference;
    }

    public boolean isWithInterpreter() {
      return withInterpreter;
    }

    public void setWithInterpreter(boolean withInterpreter) {
      this.withInterpreter = withInterpreter;
    }
  }
}
