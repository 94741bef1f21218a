package org.tandem.notes.internal;

import org.tandem.notes.NewNote;
import org.tandem.notes.NoteKind;
import org.tandem.web.DateInput;

/** The add-a-note page's form, holding what was typed. */
public class NoteForm {
  private NoteKind kind;
  private DateInput happenedOn = new DateInput();
  private String text;
  private boolean restricted;

  NewNote toNote() {
    return new NewNote(kind, happenedOn.toDate(), text, restricted);
  }

  public NoteKind getKind() {
    return kind;
  }

  public void setKind(NoteKind kind) {
    this.kind = kind;
  }

  public DateInput getHappenedOn() {
    return happenedOn;
  }

  public void setHappenedOn(DateInput happenedOn) {
    this.happenedOn = happenedOn;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isRestricted() {
    return restricted;
  }

  public void setRestricted(boolean restricted) {
    this.restricted = restricted;
  }
}
