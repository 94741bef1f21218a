package org.tandem.outcomes;

import java.util.List;

/**
 * Who was referred in an area in a period: the men's age bands at referral, who referred them, how
 * many needed an interpreter, and their children's age bands. Every band and every source is
 * listed, in its natural order, with 0 where there is nobody, so that tables line up from one
 * period to the next. Definitions are in docs/outcome-definitions.md.
 *
 * @param men every man referred in the period
 * @param ageBands his age in whole years on the referral date: Under 18, 18–24, 25–34, 35–44,
 *     45–54, 55 and over, then Not recorded (no date of birth)
 * @param referralSources who referred, in the referral form's order and wording, ending with Other
 * @param interpreterNeeded men recorded as needing an interpreter
 * @param children every child named on those cases
 * @param childrenAgeBands the child's age in years at referral: 0–4, 5–10, 11–15, 16–18
 */
public record Demographics(
    int men,
    List<Count> ageBands,
    List<Count> referralSources,
    int interpreterNeeded,
    int children,
    List<Count> childrenAgeBands) {}
