package org.tandem.programme;

/**
 * Why two men must not share a group. A refusal names the kind in the reader's language, from
 * nonAssociations.kindWords in the bundle.
 */
public enum NonAssociationKind {
  CO_DEFENDANT,
  RELATIVE,
  KNOWN_CONFLICT,
  /** Any other reason, which the note must give. */
  OTHER
}
