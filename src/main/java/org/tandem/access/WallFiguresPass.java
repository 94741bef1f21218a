package org.tandem.access;

import java.util.Set;

/**
 * Proof, checked on the server, that the current user may have figures counted from behind the
 * confidentiality wall for some areas: how many women were reached, supported or improved, never
 * who, never what she said. Aggregate reports are read by commissioners, who may not see behind the
 * wall, so this is a pass of its own rather than an {@link AreaWallPass}; only {@link CaseAccess}
 * makes one, for areas the user covers. A query that counts from [wall] columns takes one, keeps to
 * its areas and returns numbers only.
 */
public final class WallFiguresPass {

  private final Set<Long> areaIds;

  WallFiguresPass(Set<Long> areaIds) {
    this.areaIds = Set.copyOf(areaIds);
  }

  /** The areas the pass covers: every query made with it keeps to these. */
  public Set<Long> areaIds() {
    return areaIds;
  }

  /** The areas as a SQL array parameter, for {@code area_id = ANY(:areas)}. */
  public Long[] areaIdArray() {
    return areaIds.toArray(Long[]::new);
  }
}
