package org.tandem.access;

import org.tandem.web.Languages;
import org.tandem.web.NotFoundException;

/**
 * No case the user may see has this reference. Used both when there is no such case and when the
 * case is in an area the user does not cover, so that a refusal does not reveal that it exists.
 */
public class CaseNotFoundException extends NotFoundException {

  private final String reference;

  /** The refusal in English; a reader of another language is told only that nothing is here. */
  public CaseNotFoundException(String reference) {
    super("No case " + reference + " that you can see", Languages.ENGLISH);
    this.reference = reference;
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
