package org.tandem.access;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tandem.web.Languages;
import org.tandem.web.ThisRequest;

/**
 * The one place that decides whether the current user may open a case, and whether they may see
 * behind its confidentiality wall. Role checks on controllers say who may use a page at all; this
 * says which cases and which parts of them. A request decides once per case: a page that shows her
 * record through several features is one decision, counted in {@code tandem.case.access}.
 */
@Component
public class CaseAccess {

  private final CurrentUsers currentUsers;
  private final Counter decisions;
  private final MessageSource messages;

  CaseAccess(CurrentUsers currentUsers, MeterRegistry meters, MessageSource messages) {
    this.currentUsers = currentUsers;
    this.messages = messages;
    this.decisions =
        Counter.builder("tandem.case.access")
            .description("Decisions whether the current user may open a case")
            .register(meters);
  }

  /**
   * Refuses (as not found) a case in an area the user does not cover, or any case for a role that
   * does not work with cases.
   */
  public CurrentUser checkCanOpen(String reference, long areaId) {
    CurrentUser user = currentUsers.current();
    ThisRequest.remember("case-access." + reference, () -> decide(user, reference, areaId));
    return user;
  }

  private Boolean decide(CurrentUser user, String reference, long areaId) {
    decisions.increment();
    if (!user.worksWithCases() || !user.covers(areaId)) {
      throw new CaseNotFoundException(
          reference,
          messages.getMessage(
              "access.problem.noCase", new Object[] {reference}, Languages.current()));
    }
    return Boolean.TRUE;
  }

  /** A pass through the wall for this case, if the user's role allows it. */
  public Optional<WallPass> behindTheWall(String reference, long referralId, long areaId) {
    return behindTheWall(new CaseRef(referralId, reference, areaId));
  }

  /** A pass through the wall for an opened case, if the user's role allows it. */
  public Optional<WallPass> behindTheWall(CaseRef opened) {
    CurrentUser user = checkCanOpen(opened.reference(), opened.areaId());
    return user.seesBehindTheWall() ? Optional.of(new WallPass(opened)) : Optional.empty();
  }

  /**
   * A pass through the wall for lists of women in every area the user covers. Refused (403) to any
   * role that does not see behind the wall: such a list is never a page it may open.
   */
  public AreaWallPass behindTheWallInMyAreas() {
    CurrentUser user = currentUsers.current();
    if (!user.seesBehindTheWall()) {
      throw new AccessDeniedException("Behind the wall");
    }
    return new AreaWallPass(user.areaIds());
  }

  /**
   * A pass for figures counted from behind the wall in these areas: for roles that see behind the
   * wall, and commissioners, who read aggregate reports only. Refused (403) to anyone else, or for
   * an area the user does not cover.
   */
  public WallFiguresPass wallFiguresFor(Collection<Long> areaIds) {
    CurrentUser user = currentUsers.current();
    boolean readsFigures = user.seesBehindTheWall() || user.has(Role.COMMISSIONER);
    if (!readsFigures || !user.areaIds().containsAll(areaIds)) {
      throw new AccessDeniedException("Figures from behind the wall");
    }
    return new WallFiguresPass(Set.copyOf(areaIds));
  }

  /**
   * A pass for figures counted from behind the wall in every area, for the benchmarks only: an area
   * the user does not cover reaches them solely inside a median and range over at least five areas,
   * never under its name nor as a figure of its own. For the same roles as {@link #wallFiguresFor}.
   */
  public WallFiguresPass wallFiguresForBenchmarks(Collection<Long> everyArea) {
    CurrentUser user = currentUsers.current();
    if (!user.seesBehindTheWall() && !user.has(Role.COMMISSIONER)) {
      throw new AccessDeniedException("Figures from behind the wall");
    }
    return new WallFiguresPass(Set.copyOf(everyArea));
  }
}
