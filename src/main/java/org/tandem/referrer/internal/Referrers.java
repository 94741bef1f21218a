package org.tandem.referrer.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.referral.OnlineReferrers;
import org.tandem.referrer.OrganisationKind;
import org.tandem.web.NotFoundException;

/** The signed-in referrer: their agency and area, for their pages and for the referral pages. */
@Component
class Referrers implements OnlineReferrers {

  private final ReferrerStore store;
  private final CurrentUsers currentUsers;
  private final ReferrerWords words;

  Referrers(ReferrerStore store, CurrentUsers currentUsers, ReferrerWords words) {
    this.words = words;
    this.store = store;
    this.currentUsers = currentUsers;
  }

  /** The signed-in referrer's account; 404 for anyone without one. */
  ReferrerStore.Profile me() {
    return profile()
        .orElseThrow(() -> new NotFoundException(words.say("referrer.problem.noAccount")));
  }

  private Optional<ReferrerStore.Profile> profile() {
    CurrentUser user = currentUsers.current();
    return user.has(Role.REFERRER) ? store.profile(user.id()) : Optional.empty();
  }

  @Override
  public Optional<Referrer> current() {
    return profile()
        .map(
            p ->
                new Referrer(
                    p.name(),
                    p.organisation(),
                    p.kind().source(),
                    p.kind() == OrganisationKind.OTHER ? p.organisation() : null,
                    p.email(),
                    p.areaId()));
  }

  @Override
  public void made(String reference) {
    ReferrerStore.Profile me = me();
    store.made(reference, me.userId(), me.organisationId());
  }
}
