package org.tandem.programme.internal;

/** Who runs the groups, in the service's words, for {@code @PreAuthorize}. */
final class SessionRoles {

  /** The facilitators of the groups and their managers. */
  static final String FACILITATORS = "hasAnyRole('PERPETRATOR_WORKER','SERVICE_MANAGER')";

  private SessionRoles() {}
}
