package org.tandem.risk;

/** The kinds of event on a family's risk timeline. */
public enum RiskEventKind {
  POLICE_CALL_OUT,
  DISCLOSURE,
  PARTNER_REPORT,
  NEW_PARTNER,
  RELEASE_FROM_CUSTODY,
  CUSTODY,
  CHILD_CONTACT_SOUGHT,
  COURT_ORDER,
  MISSED_SESSION,
  CHILD_PROTECTION,
  PROGRAMME_STATUS,
  OTHER
}
