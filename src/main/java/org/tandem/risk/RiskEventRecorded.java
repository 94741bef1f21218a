package org.tandem.risk;

import java.time.LocalDate;

/**
 * An event was put on the family's risk timeline. Published inside the transaction that records it,
 * so that other modules can act on it without risk knowing about them: partner support, for one,
 * contacts her when he is released or taken into custody. Carries no summary: what a worker wrote
 * stays on the timeline.
 */
public record RiskEventRecorded(
    long referralId, String reference, long areaId, RiskEventKind kind, LocalDate occurredOn) {}
