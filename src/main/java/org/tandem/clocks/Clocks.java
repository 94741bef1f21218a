package org.tandem.clocks;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AreaWallPass;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseAccess;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUsers;
import org.tandem.access.WallPass;
import org.tandem.calendar.ServiceClock;
import org.tandem.calendar.WorkingCalendar;
import org.tandem.calendar.WorkingDays;
import org.tandem.clocks.internal.BreachStore;
import org.tandem.clocks.internal.ClockStore;
import org.tandem.clocks.internal.ClockStore.HerSteps;
import org.tandem.clocks.internal.ClockStore.HisSteps;
import org.tandem.referral.Referrals;
import org.tandem.web.EditConflictException;
import org.tandem.web.InvalidRequestException;

/**
 * Each case's clocks, the breaches, and the targets. Templates ask it for a case's clocks by name
 * ({@code @clocks}), so the case page and her record show them without their features knowing this
 * one.
 */
@Service
public class Clocks {

  /** His clocks: what any worker on his case may see. */
  public static final Set<ClockKind> HIS =
      EnumSet.of(
          ClockKind.HIS_FIRST_ATTEMPT, ClockKind.HIS_ASSESSMENT, ClockKind.HIS_PROGRAMME_START);

  /** Her clocks: behind the wall. */
  public static final Set<ClockKind> HERS =
      EnumSet.of(ClockKind.HER_FIRST_ATTEMPT, ClockKind.HER_REACHED);

  private final ClockStore store;
  private final BreachStore breaches;
  private final Referrals referrals;
  private final CaseAccess access;
  private final CurrentUsers users;
  private final AuditLog audit;
  private final WorkingCalendar calendar;
  private final ServiceClock clock;
  private final ClockWords words;

  Clocks(
      ClockStore store,
      BreachStore breaches,
      Referrals referrals,
      CaseAccess access,
      CurrentUsers users,
      AuditLog audit,
      WorkingCalendar calendar,
      ServiceClock clock,
      ClockWords words) {
    this.words = words;
    this.store = store;
    this.breaches = breaches;
    this.referrals = referrals;
    this.access = access;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
    this.calendar = calendar;
  }

  /** His clocks on his case, as they stand today. */
  @Transactional
  public List<ClockReading> his(String reference) {
    CaseRef ref = referrals.open(reference);
    audit.record(Action.READ, "clocks", ref);
    HisSteps steps = store.his(ref.referralId());
    ClockTargets targets = store.targets();
    WorkingDays days = calendar.workingDays();
    LocalDate today = clock.today();
    return List.of(
        ClockReading.read(
            ClockKind.HIS_FIRST_ATTEMPT,
            steps.referredOn(),
            steps.firstAttemptOn(),
            steps.stoppedOn(),
            targets.hisFirstAttempt(),
            days,
            today),
        ClockReading.read(
            ClockKind.HIS_ASSESSMENT,
            steps.referredOn(),
            steps.assessedOn(),
            steps.stoppedOn(),
            targets.hisAssessment(),
            days,
            today),
        ClockReading.read(
            ClockKind.HIS_PROGRAMME_START,
            steps.referredOn(),
            steps.programmeStartedOn(),
            steps.stoppedOn(),
            targets.hisProgrammeStart(),
            days,
            today));
  }

  /**
   * Her clocks, for a role behind the wall only: anyone else, and a woman not on this case, is
   * given none.
   */
  @Transactional
  public List<ClockReading> hers(String reference, long partnerId) {
    Optional<WallPass> pass = access.behindTheWall(referrals.open(reference));
    if (pass.isEmpty()) {
      return List.of();
    }
    Optional<HerSteps> steps = store.her(pass.get(), partnerId);
    if (steps.isEmpty()) {
      return List.of();
    }
    audit.record(Action.READ, "her clocks", pass.get().caseRef());
    ClockTargets targets = store.targets();
    WorkingDays days = calendar.workingDays();
    LocalDate today = clock.today();
    HerSteps her = steps.get();
    return List.of(
        ClockReading.read(
            ClockKind.HER_FIRST_ATTEMPT,
            her.referredOn(),
            her.firstAttemptOn(),
            null,
            targets.herFirstAttempt(),
            days,
            today),
        ClockReading.read(
            ClockKind.HER_REACHED,
            her.referredOn(),
            her.reachedOn(),
            null,
            targets.herReached(),
            days,
            today));
  }

  /**
   * His clocks that have breached, for these cases, in one query: for "my work". The caller lists
   * the cases and audits that list; nothing here is from behind the wall.
   */
  @Transactional
  public List<ClockBreach> breachingFor(Collection<Long> referralIds) {
    return breaches.forCases(referralIds, HIS, clock.today());
  }

  /**
   * Her clocks that have breached on these cases, in one query, as counts of women: for partner
   * support's "my work". Kept to the areas the pass covers.
   */
  @Transactional
  public List<ClockBreach> herBreachingFor(AreaWallPass pass, Collection<Long> referralIds) {
    return breaches.forCases(referralIds, pass.areaIds(), HERS, clock.today());
  }

  /**
   * How many clocks have breached in each of these areas, his and hers (a count only), for the
   * manager's "my work"; every area asked for is in the answer, 0 when none.
   */
  @Transactional
  public Map<Long, Long> breachCountByArea(Collection<Long> areaIds) {
    return breaches.countByArea(areaIds, clock.today());
  }

  /** A page of breaches in the manager's areas; of one clock when {@code only} is set. */
  @Transactional
  public BreachPage breaches(ClockKind only, long offset, int size) {
    AreaWallPass pass = access.behindTheWallInMyAreas();
    Set<ClockKind> kinds = only == null ? EnumSet.allOf(ClockKind.class) : EnumSet.of(only);
    LocalDate today = clock.today();
    List<ClockBreach> items = breaches.page(pass.areaIds(), kinds, today, offset, size);
    audit.recordList(
        "clock breaches",
        items.stream().map(b -> new CaseRef(b.referralId(), b.reference(), b.areaId())).toList());
    return new BreachPage(items, breaches.count(pass.areaIds(), kinds, today));
  }

  /** One page of breaches and how many there are in all. */
  public record BreachPage(List<ClockBreach> items, long total) {}

  public ClockTargets targets() {
    return store.targets();
  }

  /** Sets the targets; refused beside the field when out of range, or if changed meanwhile. */
  @Transactional
  public void setTargets(ClockTargets targets) {
    for (ClockKind kind : ClockKind.values()) {
      int days = targets.days(kind);
      if (days < 0 || days > ClockTargets.MOST) {
        throw new InvalidRequestException(
            List.of(
                words.problem(
                    TargetFields.field(kind), "clocks.problem.targetRange", ClockTargets.MOST)));
      }
    }
    if (!store.setTargets(targets, users.current().username(), clock.now())) {
      throw new EditConflictException(words.say("clocks.problem.conflict"));
    }
    // Not a case's record: the trail names no case, only who changed the targets and when.
    audit.record(Action.UPDATE, "clock targets", null);
  }
}
