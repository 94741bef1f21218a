package org.tandem.referral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUsers;
import org.tandem.calendar.ServiceClock;
import org.tandem.referral.internal.AmendmentStore;
import org.tandem.referral.internal.AmendmentStore.Details;
import org.tandem.referral.internal.ReferralWords;
import org.tandem.web.EditConflictException;
import org.tandem.web.NotFoundException;
import org.tandem.web.Validation;

/**
 * Rectification of his details and the children's: the only way they change once the referral is
 * logged. Each correction writes the new details and, for every detail that changed, an amendment
 * keeping what it held, who changed it, when and why, all or nothing; a correction made against a
 * version someone else has since changed is refused, not merged. Audited without its content.
 */
@Service
public class Corrections {

  private final Referrals referrals;
  private final AmendmentStore store;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final Validation validation;
  private final ServiceClock clock;
  private final ReferralWords words;

  Corrections(
      Referrals referrals,
      AmendmentStore store,
      CurrentUsers currentUsers,
      AuditLog audit,
      Validation validation,
      ServiceClock clock,
      ReferralWords words) {
    this.words = words;
    this.referrals = referrals;
    this.store = store;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.validation = validation;
    this.clock = clock;
  }

  /** Corrects his details; returns the case's history of corrections afterwards. */
  @Transactional
  public List<Amendment> correctHim(String reference, HisCorrection correction) {
    CaseRef ref = referrals.open(reference);
    validation.check(correction);
    Details held = store.his(ref.referralId());
    if (held.version() != correction.version()) {
      throw new EditConflictException(words.say("referral.conflict.theCase"));
    }
    Map<CorrectedDetail, String> after = new LinkedHashMap<>();
    after.put(CorrectedDetail.GIVEN_NAME, text(correction.givenName()));
    after.put(CorrectedDetail.FAMILY_NAME, text(correction.familyName()));
    after.put(
        CorrectedDetail.DATE_OF_BIRTH,
        correction.dateOfBirth() == null ? null : correction.dateOfBirth().toString());
    after.put(CorrectedDetail.PHONE, text(correction.phone()));
    after.put(CorrectedDetail.ADDRESS, text(correction.address()));
    after.put(CorrectedDetail.LANGUAGE, text(correction.language()));
    after.put(
        CorrectedDetail.INTERPRETER_NEEDED,
        String.valueOf(Boolean.TRUE.equals(correction.interpreterNeeded())));
    Map<CorrectedDetail, String[]> changed = held.changedIn(after);
    nothingUnchanged(changed, "givenName");
    if (!store.writeHis(ref.referralId(), after, correction.version())) {
      throw new EditConflictException(words.say("referral.conflict.theCase"));
    }
    store.record(ref.referralId(), null, changed, correction.reason().strip(), me(), clock.now());
    audit.record(Action.UPDATE, "his details, corrected", ref);
    return store.history(ref.referralId());
  }

  /** Corrects a child's details on the case; not found if the case has no such child. */
  @Transactional
  public List<Amendment> correctChild(String reference, long childId, ChildCorrection correction) {
    CaseRef ref = referrals.open(reference);
    validation.check(correction);
    Details held =
        store
            .child(ref.referralId(), childId)
            .orElseThrow(() -> new NotFoundException(words.say("referral.notFound.child")));
    if (held.version() != correction.version()) {
      throw new EditConflictException(words.say("referral.conflict.theChildsRecord"));
    }
    Map<CorrectedDetail, String> after = new LinkedHashMap<>();
    after.put(CorrectedDetail.GIVEN_NAME, text(correction.givenName()));
    after.put(CorrectedDetail.AGE, String.valueOf(correction.ageYears()));
    Map<CorrectedDetail, String[]> changed = held.changedIn(after);
    nothingUnchanged(changed, "givenName");
    if (!store.writeChild(ref.referralId(), childId, after, correction.version())) {
      throw new EditConflictException(words.say("referral.conflict.theChildsRecord"));
    }
    store.record(
        ref.referralId(), childId, changed, correction.reason().strip(), me(), clock.now());
    audit.record(Action.UPDATE, "child's details, corrected", ref);
    return store.history(ref.referralId());
  }

  /** Every correction on the case, his and the children's, newest first. */
  @Transactional
  public List<Amendment> history(String reference) {
    CaseRef ref = referrals.open(reference);
    audit.record(Action.READ, "corrections to his and the children's details", ref);
    return store.history(ref.referralId());
  }

  private void nothingUnchanged(Map<CorrectedDetail, String[]> changed, String field) {
    if (changed.isEmpty()) {
      throw words.refused(field, "referral.problem.changeAtLeastOneDetail");
    }
  }

  private String me() {
    return currentUsers.current().username();
  }

  private static String text(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
