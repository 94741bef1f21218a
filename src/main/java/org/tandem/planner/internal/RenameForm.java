package org.tandem.planner.internal;

import org.tandem.web.VersionedForm;

/** A scenario's new name, with the version of the scenario the user was shown. */
class RenameForm extends VersionedForm {

  private String name;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
