package org.tandem.access;

/**
 * Sealing a secret with the service's data key before it is stored, and opening it again: what
 * access needs of {@code org.tandem.encryption}, which implements it (and itself uses access, so
 * access names only this).
 */
public interface Sealing {

  /** The value sealed under the current data key. */
  String seal(String plain);

  /** The plain value; a value that was never sealed is returned as it is. */
  String open(String stored);
}
