package org.tandem.access;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in user as Tandem's rules see them: who, which roles, and which areas' cases their
 * teams work on. Serializable because it is held in the page session, which lives in the database.
 */
public record CurrentUser(
    long id, String username, String displayName, Set<Role> roles, Set<Long> areaIds)
    implements Serializable {

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean worksWithCases() {
    return roles.stream().anyMatch(Role::worksWithCases);
  }

  public boolean seesBehindTheWall() {
    return roles.stream().anyMatch(Role::seesBehindTheWall);
  }

  public boolean covers(long areaId) {
    return areaIds.contains(areaId);
  }
}
