package org.tandem.documents;

import org.tandem.access.CaseRef;
import org.tandem.access.WallPass;

/**
 * Where documents are kept, opened for the current user: his case, one child of it, or her record
 * behind the wall (which only a {@link WallPass} opens). Only {@link Documents} makes one, after
 * the access check, so a controller holding one may read what it holds.
 */
final class Shelf {

  private final CaseRef ref;
  private final Long childId;
  private final Long partnerId;
  private final WallPass pass;

  private Shelf(CaseRef ref, Long childId, Long partnerId, WallPass pass) {
    this.ref = ref;
    this.childId = childId;
    this.partnerId = partnerId;
    this.pass = pass;
  }

  static Shelf his(CaseRef ref) {
    return new Shelf(ref, null, null, null);
  }

  static Shelf child(CaseRef ref, long childId) {
    return new Shelf(ref, childId, null, null);
  }

  static Shelf hers(WallPass pass, long partnerId) {
    return new Shelf(pass.caseRef(), null, partnerId, pass);
  }

  CaseRef ref() {
    return ref;
  }

  String reference() {
    return ref.reference();
  }

  Long childId() {
    return childId;
  }

  Long partnerId() {
    return partnerId;
  }

  /** The pass through the wall, for her documents only. */
  WallPass pass() {
    return pass;
  }

  boolean isHers() {
    return pass != null;
  }

  /** The address of its documents page, from which every other page of it is reached. */
  String base() {
    String b = "/cases/" + ref.reference();
    if (childId != null) {
      return b + "/children/" + childId + "/documents";
    }
    if (partnerId != null) {
      return b + "/partners/" + partnerId + "/documents";
    }
    return b + "/documents";
  }

  /** What the audit trail calls it: never her document's title. */
  String audited() {
    if (childId != null) {
      return "child " + childId + " document";
    }
    return partnerId != null ? "her document" : "case document";
  }
}
