package org.tandem.partnersupport;

import java.time.OffsetDateTime;
import org.tandem.access.WallPass;

/**
 * Where contact with her stands has moved. Published inside the transaction that records the move,
 * so what listens (her follow-up evaluations start when she is first reached) happens with it or
 * not at all.
 */
public record HerContactStatusChanged(
    WallPass pass, long partnerId, PartnerContactStatus status, OffsetDateTime at) {}
