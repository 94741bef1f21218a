package org.tandem.access;

/** The roles a Tandem user can hold, as PRODUCT.md names them. */
public enum Role {
  INTAKE,
  PERPETRATOR_WORKER,
  PARTNER_SUPPORT_WORKER,
  CHILDRENS_WORKER,
  SERVICE_MANAGER,
  COMMISSIONER,
  SYSTEM_ADMINISTRATOR,
  /**
   * Someone at an outside agency who refers men to the service (a children's social worker, a
   * probation officer, a Cafcass officer, a police DA coordinator): invited by a service manager,
   * they see only the referrals they or their agency made and the reports released to them. They
   * work with no case, so {@link CaseAccess} opens none for them.
   */
  REFERRER;

  /** The Spring Security authority for this role. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** Roles that work with individual cases. */
  public boolean worksWithCases() {
    return this == INTAKE
        || this == PERPETRATOR_WORKER
        || this == PARTNER_SUPPORT_WORKER
        || this == CHILDRENS_WORKER
        || this == SERVICE_MANAGER;
  }

  /**
   * Roles that may see what lies behind the confidentiality wall: her contact details, address,
   * safe contact times and what she tells her support worker.
   */
  public boolean seesBehindTheWall() {
    return this == PARTNER_SUPPORT_WORKER || this == SERVICE_MANAGER;
  }
}
