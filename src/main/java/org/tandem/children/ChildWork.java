package org.tandem.children;

import java.util.List;
import org.tandem.referral.ProtectionStatus;

/**
 * One child named in a referral, with the work done with them: protection status now and over time
 * (newest first), the safety ladder before and after, and their most recent sessions (newest first;
 * {@code sessionCount} says how many there are in all).
 */
public record ChildWork(
    long id,
    String givenName,
    int ageYears,
    ProtectionStatus protectionStatus,
    int version,
    List<StatusEntry> statusHistory,
    Ladder ladder,
    List<ChildSession> recentSessions,
    long sessionCount) {

  /**
   * The safety ladder: the latest "before" reading, the latest "after" reading that follows it, the
   * change between them (null until both are known) in numbers and words, and every reading, newest
   * first.
   */
  public record Ladder(
      LadderReading before,
      LadderReading after,
      Integer change,
      String summary,
      List<LadderReading> readings) {

    public static Ladder of(List<LadderReading> readingsNewestFirst) {
      SafetyLadder.Progress p = SafetyLadder.progress(readingsNewestFirst);
      return new Ladder(p.before(), p.after(), p.change(), p.summary(), readingsNewestFirst);
    }
  }
}
