package org.tandem.programme.internal;

/**
 * Who may set up groups and give or change a man's place on the programme, for
 * {@code @PreAuthorize}: the perpetrator workers who run the programme, and service managers.
 * Everyone else working on cases may look.
 */
final class GroupRoles {

  static final String PROGRAMME_WORKERS = "hasAnyRole('PERPETRATOR_WORKER','SERVICE_MANAGER')";

  private GroupRoles() {}
}
