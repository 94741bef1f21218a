package org.tandem.web;

/**
 * A form that changes a record, carrying the version of the record that was read, so that a change
 * someone else made meanwhile is found instead of overwritten.
 */
public class VersionedForm {

  private Integer version;

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  /** The version read; a missing one cannot match any record's, so it is answered as a conflict. */
  public int versionRead() {
    return version == null ? -1 : version;
  }
}
