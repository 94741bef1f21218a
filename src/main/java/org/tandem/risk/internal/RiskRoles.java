package org.tandem.risk.internal;

/** Who may use the risk pages, in the service's words, for {@code @PreAuthorize}. */
final class RiskRoles {

  /**
   * Workers who record risk, are alerted and see MARAC referrals due: everyone on a case but
   * intake, who logs referrals only.
   */
  static final String RECORDERS =
      "hasAnyRole('PERPETRATOR_WORKER','PARTNER_SUPPORT_WORKER','CHILDRENS_WORKER','SERVICE_MANAGER')";

  private RiskRoles() {}
}
