package org.tandem.documents;

/** What a document is, as the worker who attached it says. */
public enum DocumentType {
  SCANNED_FORM,
  COURT_ORDER,
  LETTER,
  EMAIL,
  SAFETY_PLAN,
  OTHER
}
