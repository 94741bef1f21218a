package org.tandem.children;

/** How a children's session was delivered. */
public enum ChildSessionKind {
  ONE_TO_ONE,
  GROUP,
  FAMILY
}
