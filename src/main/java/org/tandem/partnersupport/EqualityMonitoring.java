package org.tandem.partnersupport;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CurrentUsers;
import org.tandem.access.WallFiguresPass;
import org.tandem.access.WallPass;
import org.tandem.calendar.ServiceClock;
import org.tandem.partnersupport.internal.EqualityStore;
import org.tandem.web.EditConflictException;
import org.tandem.web.Languages;
import org.tandem.web.NotFoundException;

/**
 * Her equality monitoring, behind the wall: only partner-support workers and service managers
 * covering the case's area read or record her answers, as with the rest of her record. Her answers
 * are special-category data: sealed in storage, every read and write audited without its content,
 * and reports get counts only.
 */
@Service
public class EqualityMonitoring {

  private final PartnerSupport support;
  private final EqualityStore store;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final ServiceClock clock;

  EqualityMonitoring(
      PartnerSupport support,
      EqualityStore store,
      CurrentUsers currentUsers,
      AuditLog audit,
      ServiceClock clock) {
    this.support = support;
    this.store = store;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.clock = clock;
  }

  /** Her answers as recorded; all not asked, at version 0, before any is. */
  @Transactional
  public HerEquality answers(String reference, long partnerId) {
    WallPass pass = support.behindTheWall(reference);
    HerEquality held = held(pass, partnerId);
    audit.record(Action.READ, "partner equality monitoring", pass.caseRef());
    return held;
  }

  /**
   * Records her answers (one left out is not asked) if they are still at the version read; answers
   * them as they now stand.
   */
  @Transactional
  public HerEquality record(String reference, long partnerId, HerEquality answers) {
    WallPass pass = support.behindTheWall(reference);
    HerEquality held = held(pass, partnerId);
    if (held.version() != answers.version()
        || !store.write(pass, partnerId, answers, currentUsers.current().username(), clock.now())) {
      throw new EditConflictException("Her equality monitoring answers", Languages.ENGLISH);
    }
    audit.record(Action.UPDATE, "partner equality monitoring", pass.caseRef());
    return held(pass, partnerId);
  }

  /**
   * How the answers of the women on these cases count towards each equality measure: numbers only,
   * for the cases in the pass's areas.
   */
  @Transactional
  public Map<EqualityShares.Measure, EqualityShares.Count> counts(
      WallFiguresPass pass, Collection<Long> referralIds) {
    List<HerEquality> women = store.answersOn(pass, referralIds);
    audit.record(Action.READ, "partner equality monitoring, counted", null);
    return EqualityShares.of(women);
  }

  private HerEquality held(WallPass pass, long partnerId) {
    return store
        .read(pass, partnerId)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "No such partner on " + pass.caseRef().reference(), Languages.ENGLISH));
  }
}
