package org.tandem.outcomes.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.access.Area;
import org.tandem.access.Areas;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.web.NotFoundException;

/**
 * The areas whose figures the signed-in manager or commissioner may see: those their team covers.
 */
@Component
class ReportAreas {

  private final Areas areas;
  private final CurrentUsers currentUsers;
  private final OutcomesWords words;

  ReportAreas(Areas areas, CurrentUsers currentUsers, OutcomesWords words) {
    this.areas = areas;
    this.words = words;
    this.currentUsers = currentUsers;
  }

  List<Area> mine() {
    return areas.coveredBy(currentUsers.current());
  }

  /** The area with this code, answered as not found when the user does not cover it. */
  Area require(String code) {
    CurrentUser me = currentUsers.current();
    return areas
        .byCode(code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT))
        .filter(a -> me.covers(a.id()))
        .orElseThrow(() -> new NotFoundException(words.say("outcomes.problem.noSuchArea")));
  }
}
