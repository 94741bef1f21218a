package org.tandem.programme.internal;

import org.tandem.programme.NewNonAssociation;
import org.tandem.programme.NonAssociationKind;
import org.tandem.web.VersionedForm;

/** The forms on a man's non-associations page, holding what was typed. */
public final class NonAssociationForms {

  private NonAssociationForms() {}

  /** "Record a non-association": the other man's case, why, and a note. */
  public static class Record {
    private String otherReference;
    private NonAssociationKind kind;
    private String note;

    NewNonAssociation toNew() {
      return new NewNonAssociation(otherReference, kind, note);
    }

    public String getOtherReference() {
      return otherReference;
    }

    public void setOtherReference(String otherReference) {
      this.otherReference = otherReference;
    }

    public NonAssociationKind getKind() {
      return kind;
    }

    public void setKind(NonAssociationKind kind) {
      this.kind = kind;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  /** "End": the version of the non-association seen, so a change meanwhile is not overwritten. */
  public static class End extends VersionedForm {}
}
