package org.tandem.access;

/**
 * Role expressions for {@code @PreAuthorize}, named once so that every controller says who may use
 * it in the service's words.
 */
public final class Roles {

  public static final String CASE_WORKERS =
      "hasAnyRole('INTAKE','PERPETRATOR_WORKER','PARTNER_SUPPORT_WORKER','CHILDRENS_WORKER','SERVICE_MANAGER')";
  public static final String INTAKE_OR_MANAGER = "hasAnyRole('INTAKE','SERVICE_MANAGER')";
  public static final String PARTNER_SUPPORT =
      "hasAnyRole('PARTNER_SUPPORT_WORKER','SERVICE_MANAGER')";

  /**
   * Children's work: the children's worker, partner support (who works with the mother) and
   * managers.
   */
  public static final String CHILDREN_WORK =
      "hasAnyRole('CHILDRENS_WORKER','PARTNER_SUPPORT_WORKER','SERVICE_MANAGER')";

  public static final String MANAGER = "hasRole('SERVICE_MANAGER')";

  /** Aggregate reports: managers, and commissioners who see aggregates only. */
  public static final String REPORT_READERS = "hasAnyRole('SERVICE_MANAGER','COMMISSIONER')";

  public static final String MANAGER_OR_ADMINISTRATOR =
      "hasAnyRole('SERVICE_MANAGER','SYSTEM_ADMINISTRATOR')";
  public static final String ANY_SIGNED_IN = "isAuthenticated()";

  /**
   * Anyone signed in who works for the service: everyone but referrers, who reach only their own
   * pages, their account and sign-out.
   */
  public static final String STAFF = "isAuthenticated() and !hasRole('REFERRER')";

  /** Referrers at outside agencies, on their own pages only. */
  public static final String REFERRER = "hasRole('REFERRER')";

  private Roles() {}
}
