package org.tandem.access;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Passes through the wall for work the service does on its own schedule, after a worker who held a
 * pass arranged it: a reminder to her, booked on her record, is sent later by a job with no one
 * signed in. Refused inside any request or for any signed-in user, so no page or API call can use
 * it to step round {@link CaseAccess}; each use is in the audit trail, as the system.
 */
@Component
public class ScheduledPasses {

  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final Areas areas;

  ScheduledPasses(CurrentUsers currentUsers, AuditLog audit, Areas areas) {
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.areas = areas;
  }

  /**
   * A pass for every area, for the service's own upkeep of her details as a whole: sealing them
   * under the current data key when Tandem starts, or by the {@code rekey} command. Refused as
   * {@link #forScheduledWork} is; whoever uses it records each case it touches.
   */
  public AreaWallPass forUpkeepOfEveryArea() {
    if (RequestContextHolder.getRequestAttributes() != null
        || currentUsers.currentOrNull() != null) {
      throw new IllegalStateException("A scheduled pass is for scheduled work only");
    }
    return new AreaWallPass(
        areas.all().stream().map(Area::id).collect(java.util.stream.Collectors.toSet()));
  }

  /** A pass for one case, for a scheduled job's one purpose, which is recorded as read. */
  public WallPass forScheduledWork(CaseRef ref, String purpose) {
    if (RequestContextHolder.getRequestAttributes() != null
        || currentUsers.currentOrNull() != null) {
      throw new IllegalStateException("A scheduled pass is for scheduled work only");
    }
    audit.record(AuditLog.Action.READ, purpose, ref);
    return new WallPass(ref);
  }
}
