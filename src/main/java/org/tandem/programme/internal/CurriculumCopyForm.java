package org.tandem.programme.internal;

import org.tandem.programme.NewCurriculum;

/** The "Copy as a new curriculum" form, as typed. */
public class CurriculumCopyForm {

  private Long fromId;
  private String name;

  NewCurriculum toNewCurriculum() {
    return new NewCurriculum(fromId, name);
  }

  public Long getFromId() {
    return fromId;
  }

  public void setFromId(Long fromId) {
    this.fromId = fromId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
