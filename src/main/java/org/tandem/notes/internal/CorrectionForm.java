package org.tandem.notes.internal;

import org.tandem.notes.NoteCorrection;
import org.tandem.web.VersionedForm;

/**
 * The correct-a-note page's form: the text as it should read and why, with the revision read as its
 * version.
 */
public class CorrectionForm extends VersionedForm {
  private String text;
  private String reason;

  NoteCorrection toCorrection() {
    return new NoteCorrection(text, reason, versionRead());
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
