package org.tandem.access;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether the current user may open a case, and whether they may see
 * behind its confidentiality wall. Role checks on controllers say who may use a page at all; this
 * says which cases and which parts of them.
 */
@Component
public class CaseAccess {

  private final CurrentUsers currentUsers;

  CaseAccess(CurrentUsers currentUsers) {
    this.currentUsers = currentUsers;
  }

  /**
   * Refuses (as not found) a case in an area the user does not cover, or any case for a role that
   * does not work with cases.
   */
  public CurrentUser checkCanOpen(String reference, long areaId) {
    CurrentUser user = currentUsers.current();
    if (!user.worksWithCases() || !user.covers(areaId)) {
      throw new CaseNotFoundException(reference);
    }
    return user;
  }

  /** A pass through the wall for this case, if the user's role allows it. */
  public Optional<WallPass> behindTheWall(String reference, long referralId, long areaId) {
    CurrentUser user = checkCanOpen(reference, areaId);
    return user.seesBehindTheWall() ? Optional.of(new WallPass(referralId)) : Optional.empty();
  }
}
