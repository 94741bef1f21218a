package org.tandem.notes;

/**
 * What a note on his case is about. Contact with him and what a third party said belong on the
 * family's timeline beside the risk events; supervision and a manager's notes are about the work,
 * not the family, and stay on the notes page.
 */
public enum NoteKind {
  CONTACT,
  THIRD_PARTY,
  SUPERVISION,
  MANAGER;

  public boolean onTimeline() {
    return this == CONTACT || this == THIRD_PARTY;
  }
}
