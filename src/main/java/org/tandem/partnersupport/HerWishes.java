package org.tandem.partnersupport;

import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * How and when she may be contacted, what she consents to, and her own view of her and her
 * children's safety: all behind the wall.
 */
public record HerWishes(
    @Size(max = 500, message = "Safe contact times must be 500 characters or fewer")
        String safeContactTimes,
    @Size(max = 20, message = "Select at most 20 ways not to contact her")
        Set<ContactMethod> doNotContactBy,
    Boolean consentToShare,
    boolean consentToAttendance,
    @Size(max = 4000, message = "Her view of her safety must be 4,000 characters or fewer")
        String herViewOfSafety,
    @Size(
            max = 4000,
            message = "Her view of her children's safety must be 4,000 characters or fewer")
        String childrensSafetyView,
    int version) {}
