package org.tandem.partnersupport;

/** How a piece of support work with her was done. */
public enum SupportKind {
  ONE_TO_ONE,
  TELEPHONE
}
