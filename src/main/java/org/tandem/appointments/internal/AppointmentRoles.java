package org.tandem.appointments.internal;

/**
 * Who may book appointments and record what happened, for {@code @PreAuthorize}: the perpetrator
 * workers who see him, and service managers. Everyone else working on cases may look.
 */
final class AppointmentRoles {

  static final String BOOKERS = "hasAnyRole('PERPETRATOR_WORKER','SERVICE_MANAGER')";

  private AppointmentRoles() {}
}
