package org.tandem.outcomes;

import java.util.List;

/**
 * Who was referred in an area in a period: the men's age bands at referral, who referred them, how
 * many needed an interpreter, and their children's age bands.
 */
public record Demographics(
    int men,
    List<Count> ageBands,
    List<Count> referralSources,
    int interpreterNeeded,
    int children,
    List<Count> childrenAgeBands) {}
