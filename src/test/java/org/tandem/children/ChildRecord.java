package org.tandem.children;

import java.time.LocalDate;
import org.tandem.TestApi;
import org.tandem.access.Role;
import org.tandem.referral.Family;

/**
 * The children's worker's record of one child named in a referral, through the API: changes of the
 * child's protection status and sessions with the child. {@code ChildRecord.of(family,
 * 0).protection("CHILD_PROTECTION_PLAN", day)}.
 */
public final class ChildRecord {

  private final Family family;
  private final long childId;

  private ChildRecord(Family family, long childId) {
    this.family = family;
    this.childId = childId;
  }

  /** The child named at this place in the family's referral, from 0. */
  public static ChildRecord of(Family family, int index) {
    return new ChildRecord(family, family.child(index));
  }

  public long childId() {
    return childId;
  }

  public String path() {
    return family.path() + "/children/" + childId;
  }

  /** The child's protection status changed to this on this day. */
  public ChildRecord protection(String status, LocalDate on) {
    TestApi api = family.api();
    String worker = worker();
    int version = 0;
    for (var child : api.read(worker, family.path() + "/children").get("children")) {
      if (child.get("id").asLong() == childId) {
        version = child.get("version").asInt();
      }
    }
    api.created(
        worker,
        path() + "/protection-status",
        "{\"status\": \"%s\", \"changedOn\": \"%s\", \"version\": %d}"
            .formatted(status, on, version));
    return this;
  }

  /** A 30-minute session of this kind (ONE_TO_ONE, GROUP…) on this day, with these notes. */
  public ChildRecord session(String kind, LocalDate on, String wellbeingNotes) {
    family
        .api()
        .created(
            worker(),
            path() + "/sessions",
            """
            {"heldOn": "%s", "durationMinutes": 30, "kind": "%s", "wellbeingNotes": %s}
            """
                .formatted(on, kind, TestApi.quoted(wellbeingNotes)));
    return this;
  }

  private String worker() {
    return family.area().token(Role.CHILDRENS_WORKER);
  }
}
