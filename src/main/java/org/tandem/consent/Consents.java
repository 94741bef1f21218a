package org.tandem.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseAccess;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUsers;
import org.tandem.access.WallPass;
import org.tandem.calendar.ServiceClock;
import org.tandem.consent.internal.ConsentStore;
import org.tandem.consent.internal.ConsentWords;
import org.tandem.referral.Referrals;
import org.tandem.web.EditConflictException;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.NotFoundException;
import org.tandem.web.Validation;

/**
 * Consents to sharing, per person, with their history. Hers are behind the wall: only the roles
 * that see behind it, covering the case's area, read or record them (403 for everyone else before
 * anything is read). His are on his case for anyone who may open it. A consent is never changed
 * except to record its withdrawal, which names the version read (409 if it changed). Every read and
 * write is audited without its content.
 */
@Service
public class Consents {

  private final Referrals referrals;
  private final CaseAccess access;
  private final ConsentStore store;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final Validation validation;
  private final ServiceClock clock;
  private final ConsentWords words;

  Consents(
      Referrals referrals,
      CaseAccess access,
      ConsentStore store,
      CurrentUsers currentUsers,
      AuditLog audit,
      Validation validation,
      ServiceClock clock,
      ConsentWords words) {
    this.words = words;
    this.referrals = referrals;
    this.access = access;
    this.store = store;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.validation = validation;
    this.clock = clock;
  }

  /** A pass for her case, refused to his side; not found if she is not a partner on the case. */
  private WallPass hersOpened(String reference, long partnerId) {
    CaseRef ref = referrals.open(reference);
    WallPass pass =
        access
            .behindTheWall(ref)
            .orElseThrow(() -> new AccessDeniedException("Her record is behind the wall"));
    if (!store.isOnTheCase(pass, partnerId)) {
      throw new NotFoundException(words.say("consent.notFound.partner", reference));
    }
    return pass;
  }

  // --- hers ---

  @Transactional
  public List<Consent> hers(String reference, long partnerId) {
    WallPass pass = hersOpened(reference, partnerId);
    List<Consent> consents = today(store.hers(pass, partnerId));
    audit.record(Action.READ, "partner consents", pass.caseRef());
    return consents;
  }

  /** One of her consents, for the form that withdraws it. */
  @Transactional
  public Consent hersOne(String reference, long partnerId, long consentId) {
    return hers(reference, partnerId).stream()
        .filter(c -> c.id() == consentId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException(words.say("consent.notFound.hers")));
  }

  @Transactional
  public long recordHers(String reference, long partnerId, NewConsent consent) {
    WallPass pass = hersOpened(reference, partnerId);
    check(consent, ShareTo.hers());
    long id = store.insertHers(pass, partnerId, consent, me(), clock.now());
    audit.record(Action.CREATE, "partner consent", pass.caseRef());
    return id;
  }

  @Transactional
  public void withdrawHers(
      String reference, long partnerId, long consentId, ConsentWithdrawal withdrawal) {
    WallPass pass = hersOpened(reference, partnerId);
    Consent consent =
        store.hers(pass, partnerId).stream()
            .filter(c -> c.id() == consentId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException(words.say("consent.notFound.hers")));
    check(withdrawal, consent);
    if (!store.withdrawHers(pass, partnerId, consentId, withdrawal, me(), clock.now())) {
      throw new EditConflictException(words.say("consent.conflict.hers"));
    }
    audit.record(Action.UPDATE, "partner consent withdrawn", pass.caseRef());
  }

  // --- his ---

  @Transactional
  public List<Consent> his(String reference) {
    CaseRef ref = referrals.open(reference);
    List<Consent> consents = today(store.his(ref));
    audit.record(Action.READ, "his consents", ref);
    return consents;
  }

  @Transactional
  public Consent hisOne(String reference, long consentId) {
    return his(reference).stream()
        .filter(c -> c.id() == consentId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException(words.say("consent.notFound.his")));
  }

  @Transactional
  public long recordHis(String reference, NewConsent consent) {
    CaseRef ref = referrals.open(reference);
    check(consent, ShareTo.his());
    long id = store.insertHis(ref, consent, me(), clock.now());
    audit.record(Action.CREATE, "his consent", ref);
    return id;
  }

  @Transactional
  public void withdrawHis(String reference, long consentId, ConsentWithdrawal withdrawal) {
    CaseRef ref = referrals.open(reference);
    Consent consent =
        store.his(ref).stream()
            .filter(c -> c.id() == consentId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException(words.say("consent.notFound.his")));
    check(withdrawal, consent);
    if (!store.withdrawHis(ref, consentId, withdrawal, me(), clock.now())) {
      throw new EditConflictException(words.say("consent.conflict.his"));
    }
    audit.record(Action.UPDATE, "his consent withdrawn", ref);
  }

  // --- the rules ---

  private void check(NewConsent consent, Set<ShareTo> allowed) {
    List<FieldProblem> problems = new ArrayList<>(validation.problems(consent));
    if (consent.scope() == null || consent.scope().isEmpty()) {
      problems.add(words.problem("scope", "consent.problem.selectWhatTheConsentCovers"));
    } else if (!allowed.containsAll(consent.scope())) {
      problems.add(words.problem("scope", "consent.problem.selectOnlyWhatThisPersonCan"));
    }
    if (consent.givenOn() == null) {
      problems.add(words.problem("givenOn", "consent.problem.enterTheDateItWasGiven"));
    } else if (consent.givenOn().isAfter(clock.today())) {
      problems.add(words.problem("givenOn", "consent.problem.givenTodayOrEarlier"));
    }
    if (consent.expiresOn() == null) {
      problems.add(words.problem("expiresOn", "consent.problem.enterTheDateItExpires"));
    } else if (consent.givenOn() != null && consent.expiresOn().isBefore(consent.givenOn())) {
      problems.add(words.problem("expiresOn", "consent.problem.expiresOnOrAfterGiven"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }

  private void check(ConsentWithdrawal withdrawal, Consent consent) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!consent.withdrawable()) {
      throw new EditConflictException(words.say("consent.conflict.theConsent"));
    }
    if (withdrawal.withdrawnOn() == null) {
      problems.add(words.problem("withdrawnOn", "consent.problem.enterTheDateItWasWithdrawn"));
    } else if (withdrawal.withdrawnOn().isAfter(clock.today())) {
      problems.add(words.problem("withdrawnOn", "consent.problem.withdrawnTodayOrEarlier"));
    } else if (withdrawal.withdrawnOn().isBefore(consent.givenOn())) {
      problems.add(words.problem("withdrawnOn", "consent.problem.withdrawnOnOrAfterGiven"));
    }
    if (withdrawal.how() == null) {
      problems.add(words.problem("how", "consent.problem.selectHowItWasWithdrawn"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }

  private List<Consent> today(List<Consent> consents) {
    return consents.stream().map(c -> c.today(clock.today())).toList();
  }

  private String me() {
    return currentUsers.current().username();
  }
}
