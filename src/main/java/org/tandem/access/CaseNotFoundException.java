package org.tandem.access;

import org.tandem.web.NotFoundException;

/**
 * No case the user may see has this reference. Used both when there is no such case and when the
 * case is in an area the user does not cover, so that a refusal does not reveal that it exists.
 */
public class CaseNotFoundException extends NotFoundException {

  private final String reference;

  public CaseNotFoundException(String reference) {
    this(reference, "No case " + reference + " that you can see");
  }

  /** The refusal said in the reader's own words. */
  public CaseNotFoundException(String reference, String said) {
    super(said);
    this.reference = reference;
  }

  /** The reference as it was asked for, which may name no case at all. */
  public String reference() {
    return reference;
  }
}
