package org.tandem.access;

import java.util.Set;

/**
 * Proof, checked on the server, that the current user may see what lies behind the confidentiality
 * wall for the women in the areas they cover: the lists of women that partner support works from
 * (tasks, women not yet contacted, women's groups). Only {@link CaseAccess} makes one, and only for
 * a role that sees behind the wall; a query that lists women takes one and keeps to its areas, so
 * neither the role check nor the areas can be skipped by forgetting them.
 */
public final class AreaWallPass {

  private final Set<Long> areaIds;

  AreaWallPass(Set<Long> areaIds) {
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

  public boolean covers(long areaId) {
    return areaIds.contains(areaId);
  }
}
