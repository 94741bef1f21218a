package org.tandem.referrer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.calendar.ServiceClock;
import org.tandem.referrer.internal.ReferrerStore;

/**
 * A referrer's account made without an invitation: for the demo data, whose invented social worker
 * is set up with the service's other demo users.
 */
@Service
public class ReferrerAccounts {

  private final ReferrerStore store;
  private final ServiceClock clock;

  ReferrerAccounts(ReferrerStore store, ServiceClock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Makes the account a referrer's, at this agency, referring to this area. */
  @Transactional
  public void attach(long userId, String organisation, OrganisationKind kind, long areaId) {
    store.account(userId, store.organisation(organisation, kind, clock.now()), areaId);
  }
}
