package org.tandem.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.referral.internal.DuplicateStore;
import org.tandem.referral.internal.ReferralWords;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;

/**
 * Search before create: the earlier cases, in the areas the user covers, that may be the man a new
 * referral names, so that intake links a repeat referral instead of making him twice. Every case
 * shown is recorded in the audit trail, as any list is.
 */
@Service
public class PossibleDuplicates {

  /** The most matches shown: beyond ten, the search needs more to go on. */
  static final int MOST = 10;

  /** The most referrals "my work" lists to resolve. */
  public static final int MOST_TO_RESOLVE = 50;

  private final DuplicateStore store;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final ReferralWords words;

  PossibleDuplicates(
      DuplicateStore store, CurrentUsers currentUsers, AuditLog audit, ReferralWords words) {
    this.words = words;
    this.store = store;
    this.currentUsers = currentUsers;
    this.audit = audit;
  }

  /** What the new referral says of him. */
  public record Query(String givenName, String familyName, LocalDate dateOfBirth, String phone) {}

  /** An earlier case that may be him, what it has alike and how sure that makes it. */
  public record Match(
      String reference,
      String areaCode,
      String givenName,
      String familyName,
      LocalDate dateOfBirth,
      CaseStatus status,
      LocalDate referredOn,
      List<DuplicateRules.Alike> alike,
      DuplicateRules.Strength strength) {}

  @Transactional
  public List<Match> find(Query query) {
    String name = name(query);
    String phoneKey = DuplicateRules.phoneKey(query.phone());
    check(query, name, phoneKey);
    CurrentUser user = currentUsers.current();
    List<DuplicateStore.Candidate> candidates =
        store.candidates(user.areaIds(), name, query.dateOfBirth(), phoneKey);
    List<Scored> best =
        candidates.stream()
            .map(c -> new Scored(c, alike(query, c)))
            .filter(scored -> !scored.alike().isEmpty())
            .sorted(Comparator.comparingInt((Scored scored) -> scored.alike().size()).reversed())
            .limit(MOST)
            .toList();
    List<CaseRef> shown =
        best.stream().map(s -> new CaseRef(s.c().id(), s.c().reference(), s.c().areaId())).toList();
    List<Match> matches =
        best.stream()
            .map(
                s ->
                    new Match(
                        s.c().reference(),
                        s.c().areaCode(),
                        s.c().givenName(),
                        s.c().familyName(),
                        s.c().dateOfBirth(),
                        s.c().status(),
                        s.c().referredOn(),
                        s.alike(),
                        DuplicateRules.strength(s.alike())))
            .toList();
    audit.recordList("possible duplicates", shown);
    return matches;
  }

  /**
   * A referral awaiting triage that nobody has checked for the same man (logged through the API
   * without a decision), though other cases in the user's areas may be him.
   */
  public record Unresolved(
      String reference,
      String givenName,
      String familyName,
      LocalDate referredOn,
      int possibleMatches) {}

  /**
   * The possible duplicates intake has to resolve, for "my work": at most {@value
   * #MOST_TO_RESOLVE}, oldest referral first. Every case listed is recorded in the audit trail.
   */
  @Transactional
  public List<Unresolved> unresolvedFor(CurrentUser user) {
    return unresolvedFor(user, MOST_TO_RESOLVE);
  }

  /** The first {@code limit} of {@link #unresolvedFor(CurrentUser)}, for a page that shows few. */
  @Transactional
  public List<Unresolved> unresolvedFor(CurrentUser user, int limit) {
    List<DuplicateStore.ToResolve> found =
        store.unresolved(user.areaIds(), Math.min(limit, MOST_TO_RESOLVE));
    audit.recordList(
        "possible duplicates to resolve",
        found.stream().map(f -> new CaseRef(f.id(), f.reference(), f.areaId())).toList());
    return found.stream()
        .map(
            f ->
                new Unresolved(
                    f.reference(), f.givenName(), f.familyName(), f.referredOn(), f.matches()))
        .toList();
  }

  /** A candidate with what it has alike; the stable sort keeps the store's order within a score. */
  private record Scored(DuplicateStore.Candidate c, List<DuplicateRules.Alike> alike) {}

  private static List<DuplicateRules.Alike> alike(Query q, DuplicateStore.Candidate c) {
    return DuplicateRules.alike(
        c.nameSimilarity(), q.dateOfBirth(), c.dateOfBirth(), q.phone(), c.phone());
  }

  /** His whole name as the trigram index holds it, or null when no family name was given. */
  private static String name(Query q) {
    String family = q.familyName() == null ? "" : q.familyName().strip();
    if (family.isEmpty()) {
      return null;
    }
    String given = q.givenName() == null ? "" : q.givenName().strip();
    return (given + " " + family).strip();
  }

  private void check(Query q, String name, String phoneKey) {
    List<FieldProblem> problems = new ArrayList<>();
    if (q.givenName() != null && q.givenName().length() > 80) {
      problems.add(words.problem("givenName", "referral.problem.hisGivenNameMustBe80"));
    }
    if (q.familyName() != null && q.familyName().length() > 80) {
      problems.add(words.problem("familyName", "referral.problem.hisFamilyNameMustBe80"));
    }
    if (q.phone() != null && q.phone().length() > 40) {
      problems.add(words.problem("phone", "referral.problem.hisPhoneNumberMustBe40"));
    }
    if (problems.isEmpty() && name == null && q.dateOfBirth() == null && phoneKey == null) {
      problems.add(words.problem("familyName", "referral.problem.giveSomethingToLookFor"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }
}
