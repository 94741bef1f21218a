package org.tandem.consent;

import java.time.LocalDate;
import java.util.List;

/**
 * A consent as recorded, with its withdrawal if it has been withdrawn: kept for good, so what was
 * consented to on any day stays readable.
 *
 * @param standingToday where it stands on the service's today, as read (null inside the gate)
 */
public record Consent(
    long id,
    List<ShareTo> scope,
    String agencies,
    LocalDate givenOn,
    LocalDate expiresOn,
    String recordedBy,
    LocalDate withdrawnOn,
    WithdrawnHow withdrawnHow,
    String withdrawnBy,
    int version,
    Standing standingToday) {

  /** The same consent, with where it stands today filled in. */
  public Consent today(LocalDate today) {
    return new Consent(
        id,
        scope,
        agencies,
        givenOn,
        expiresOn,
        recordedBy,
        withdrawnOn,
        withdrawnHow,
        withdrawnBy,
        version,
        on(today));
  }

  /** Where a consent stands on a day. */
  public enum Standing {
    NOT_YET_GIVEN,
    STANDS,
    EXPIRED,
    WITHDRAWN
  }

  public Standing on(LocalDate day) {
    if (withdrawnOn != null && !day.isBefore(withdrawnOn)) {
      return Standing.WITHDRAWN;
    }
    if (day.isBefore(givenOn)) {
      return Standing.NOT_YET_GIVEN;
    }
    return day.isAfter(expiresOn) ? Standing.EXPIRED : Standing.STANDS;
  }

  public boolean covers(ShareTo to) {
    return scope.contains(to);
  }

  /** Whether it may still be withdrawn: not withdrawn already. */
  public boolean withdrawable() {
    return withdrawnOn == null;
  }
}
