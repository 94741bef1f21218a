package org.tandem.partnersupport;

import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * How and when she may be contacted, what she consents to, and her own view of her and her
 * children's safety: all behind the wall.
 */
public record HerWishes(
    @Size(max = 500, message = "{partnersupport.problem.safeContactTimesMustBe500}")
        String safeContactTimes,
    @Size(max = 20, message = "{partnersupport.problem.selectAtMost20WaysNot}")
        Set<ContactMethod> doNotContactBy,
    Boolean consentToShare,
    boolean consentToAttendance,
    @Size(max = 4000, message = "{partnersupport.problem.herViewOfHerSafetyMust}")
        String herViewOfSafety,
    @Size(max = 4000, message = "{partnersupport.problem.herViewOfHerChildrensSafety}")
        String childrensSafetyView,
    int version) {}
