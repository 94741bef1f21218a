package org.tandem.web;

/** Someone else changed the record after the caller read it; nothing was saved. */
public class EditConflictException extends RuntimeException {

  public EditConflictException(String what) {
    super(what + " was changed by someone else after you opened it. Nothing was saved.");
  }
}
