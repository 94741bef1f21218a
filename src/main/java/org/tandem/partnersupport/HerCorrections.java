package org.tandem.partnersupport;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CurrentUsers;
import org.tandem.access.WallPass;
import org.tandem.calendar.ServiceClock;
import org.tandem.partnersupport.internal.HerDetailsStore;
import org.tandem.partnersupport.internal.HerDetailsStore.HerDetails;
import org.tandem.web.EditConflictException;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Languages;
import org.tandem.web.NotFoundException;
import org.tandem.web.Validation;

/**
 * Rectification of her details, behind the wall: partner-support workers and service managers only.
 * Each correction writes her new details and, for every detail that changed, an amendment keeping
 * what it held, who changed it, when and why, all or nothing; both are sealed before they reach the
 * database. A correction against a version someone else has since changed is refused. Audited
 * without its content.
 */
@Service
public class HerCorrections {

  /** The reason a change made on her wishes page is kept with, as that page asks for none. */
  static final String WISHES_REASON = "Changed with her wishes and consents";

  private final PartnerSupport support;
  private final HerDetailsStore store;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final Validation validation;
  private final ServiceClock clock;
  private final PartnerWords words;

  HerCorrections(
      PartnerSupport support,
      HerDetailsStore store,
      CurrentUsers currentUsers,
      AuditLog audit,
      Validation validation,
      ServiceClock clock,
      PartnerWords words) {
    this.support = support;
    this.store = store;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.validation = validation;
    this.clock = clock;
    this.words = words;
  }

  /** Her details as they now read, opened, for the correction form. */
  @Transactional
  public HerDetails details(String reference, long partnerId) {
    WallPass pass = support.behindTheWall(reference);
    HerDetails held = held(pass, partnerId);
    audit.record(Action.READ, "partner details, to correct", pass.caseRef());
    return held;
  }

  /** Corrects her details; answers her corrections afterwards. */
  @Transactional
  public List<HerAmendment> correct(String reference, long partnerId, HerCorrection correction) {
    WallPass pass = support.behindTheWall(reference);
    validation.check(correction);
    HerDetails held = held(pass, partnerId);
    if (held.version() != correction.version()) {
      throw new EditConflictException("Her record", Languages.ENGLISH);
    }
    Map<HerDetail, String> after = new EnumMap<>(HerDetail.class);
    after.put(HerDetail.GIVEN_NAME, text(correction.givenName()));
    after.put(HerDetail.FAMILY_NAME, text(correction.familyName()));
    after.put(HerDetail.PHONE, text(correction.phone()));
    after.put(HerDetail.EMAIL, text(correction.email()));
    after.put(HerDetail.ADDRESS, text(correction.address()));
    after.put(HerDetail.SAFE_CONTACT_TIMES, text(correction.safeContactTimes()));
    Map<HerDetail, String[]> changed = held.changedIn(after);
    if (changed.isEmpty()) {
      throw new InvalidRequestException(
          List.of(words.problem("givenName", "partnersupport.problem.correction.nothing")));
    }
    if (!store.write(pass, partnerId, after, correction.version())) {
      throw new EditConflictException("Her record", Languages.ENGLISH);
    }
    store.record(
        pass,
        partnerId,
        changed,
        correction.reason().strip(),
        currentUsers.current().username(),
        clock.now());
    audit.record(Action.UPDATE, "partner details, corrected", pass.caseRef());
    return store.history(pass, partnerId);
  }

  /** Her corrections, newest first. */
  @Transactional
  public List<HerAmendment> history(String reference, long partnerId) {
    return history(support.behindTheWall(reference), partnerId);
  }

  /** Her corrections through a pass the request already holds. */
  @Transactional
  public List<HerAmendment> history(WallPass pass, long partnerId) {
    if (!store.isOnTheCase(pass, partnerId)) {
      throw new NotFoundException(words.noSuchPartner(pass.caseRef().reference()));
    }
    audit.record(Action.READ, "partner details corrections", pass.caseRef());
    return store.history(pass, partnerId);
  }

  private HerDetails held(WallPass pass, long partnerId) {
    return store
        .read(pass, partnerId)
        .orElseThrow(() -> new NotFoundException(words.noSuchPartner(pass.caseRef().reference())));
  }

  private static String text(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
