package org.tandem.programme.internal;

import org.tandem.programme.EnrolmentStatus;

/** The forms on a man's programme page, holding what was typed. */
public final class PlaceForms {

  private PlaceForms() {}

  /** "Give him a place": the group, and whether he needs an interpreter. */
  public static class Place {
    private Long groupId;
    private boolean withInterpreter;

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
  }

  /** "Change his status": the new status, the reason, and the version of his place seen. */
  public static class StatusChange {
    private EnrolmentStatus status;
    private String reason;
    private Integer version;

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

    public Integer getVersion() {
      return version;
    }

    public void setVersion(Integer version) {
      this.version = version;
    }
  }
}
