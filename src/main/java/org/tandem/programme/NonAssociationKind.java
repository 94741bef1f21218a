package org.tandem.programme;

/** Why two men must not share a group. */
public enum NonAssociationKind {
  CO_DEFENDANT("co-defendant"),
  RELATIVE("relative"),
  KNOWN_CONFLICT("known conflict"),
  /** Any other reason, which the note must give. */
  OTHER("other");

  private final String words;

  NonAssociationKind(String words) {
    this.words = words;
  }

  /** The kind as a refusal names it: "co-defendant". */
  public String words() {
    return words;
  }
}
