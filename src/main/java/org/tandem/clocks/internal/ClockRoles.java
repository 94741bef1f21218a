package org.tandem.clocks.internal;

/**
 * Who may record an attempt to reach him: intake (who often makes the first), his worker, managers.
 */
final class ClockRoles {

  static final String ATTEMPTERS = "hasAnyRole('INTAKE','PERPETRATOR_WORKER','SERVICE_MANAGER')";

  private ClockRoles() {}
}
