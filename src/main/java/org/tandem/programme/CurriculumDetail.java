package org.tandem.programme;

import java.math.BigDecimal;
import java.util.List;

/**
 * One curriculum with its sessions in order, the groups that run it, and which of its sessions
 * groups have delivered (those cannot be removed, nor their stage or hours changed).
 */
public record CurriculumDetail(
    long id,
    String name,
    boolean isDefault,
    int sessionCount,
    BigDecimal hours,
    BigDecimal stageOneHours,
    int stageOnePercent,
    int groupsUsing,
    List<CurriculumSession> sessions,
    List<Long> deliveredSessionIds) {

  public boolean delivered(long sessionId) {
    return deliveredSessionIds.contains(sessionId);
  }
}
