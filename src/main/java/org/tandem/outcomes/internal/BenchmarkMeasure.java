package org.tandem.outcomes.internal;

/**
 * The rates the benchmarks set side by side, each defined once, from the figures the quarterly
 * report counts (docs/outcome-definitions.md).
 */
enum BenchmarkMeasure {
  /** Men referred in the period per 10,000 adult women in the area. */
  REFERRALS_PER_10000_ADULT_WOMEN(false),
  /** Of the men referred, those whose assessment has a viability decision. */
  SHARE_ASSESSED(true),
  /** Of the men referred, those who attended at least one session. */
  SHARE_STARTING_PROGRAMME(true),
  /** Of the men who started, those who completed 60 hours or their place. */
  COMPLETION(true),
  /** Of the partners recorded on the cases referred, those partner support has reached. */
  PARTNERS_REACHED(true),
  /** The decrease in repeat victimisation of the cases assessed by the period's end. */
  REPEAT_VICTIMISATION_DECREASE(true);

  private final boolean percentage;

  BenchmarkMeasure(boolean percentage) {
    this.percentage = percentage;
  }

  boolean percentage() {
    return percentage;
  }

  /** The key of its name in messages-benchmarks. */
  String messageKey() {
    return "benchmarks.measure." + name();
  }
}
