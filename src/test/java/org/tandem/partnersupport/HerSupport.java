package org.tandem.partnersupport;

import java.time.LocalDate;
import org.tandem.TestApi;
import org.tandem.access.Role;
import org.tandem.referral.Family;

/**
 * Partner support's work with one woman named in a referral, through the API as the area's
 * partner-support worker records it: attempts to reach her, where contact stands, and support
 * sessions. {@code HerSupport.of(family, 0).attempt("SPOKE_WITH_HER", day).engaged(day)}.
 */
public final class HerSupport {

  private final Family family;
  private final long partnerId;

  private HerSupport(Family family, long partnerId) {
    this.family = family;
    this.partnerId = partnerId;
  }

  /** The woman named at this place in the family's referral, from 0. */
  public static HerSupport of(Family family, int index) {
    return new HerSupport(family, family.partner(index));
  }

  public long partnerId() {
    return partnerId;
  }

  public String path() {
    return family.path() + "/partners/" + partnerId;
  }

  /** A telephone attempt to reach her at 09:15 on this day, within her safe times. */
  public HerSupport attempt(String outcome, LocalDate on) {
    return attempt("PHONE", outcome, on, "09:15");
  }

  /**
   * An attempt to reach her this way (PHONE, OUTREACH_CHILDRENS_CENTRE…), within her safe times.
   */
  public HerSupport attempt(String method, String outcome, LocalDate on, String at) {
    api()
        .created(
            worker(),
            path() + "/contact-attempts",
            """
            {"method": "%s", "attemptedOn": "%s", "attemptedAt": "%s", "outcome": "%s",
             "notes": "Invented note", "withinSafeTimes": true}
            """
                .formatted(method, on, at, outcome));
    return this;
  }

  /** Contact with her moved to this status on this day. */
  public HerSupport status(String status, LocalDate on) {
    int version = api().read(worker(), path()).get("version").asInt();
    api()
        .created(
            worker(),
            path() + "/status",
            "{\"status\": \"%s\", \"changedOn\": \"%s\", \"version\": %d}"
                .formatted(status, on, version));
    return this;
  }

  public HerSupport engaged(LocalDate on) {
    return status("ENGAGED", on);
  }

  /** A support session of this kind (ONE_TO_ONE, TELEPHONE…), 45 minutes on this day. */
  public HerSupport session(String kind, LocalDate on) {
    api()
        .created(
            worker(),
            path() + "/sessions",
            "{\"kind\": \"%s\", \"heldOn\": \"%s\", \"minutes\": 45, \"notes\": \"Invented\"}"
                .formatted(kind, on));
    return this;
  }

  private TestApi api() {
    return family.api();
  }

  private String worker() {
    return family.area().token(Role.PARTNER_SUPPORT_WORKER);
  }
}
