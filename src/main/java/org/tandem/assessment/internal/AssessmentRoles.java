package org.tandem.assessment.internal;

/** Who may record an assessment: the perpetrator workers who assess him, and service managers. */
final class AssessmentRoles {

  static final String ASSESSORS = "hasAnyRole('PERPETRATOR_WORKER','SERVICE_MANAGER')";

  private AssessmentRoles() {}
}
