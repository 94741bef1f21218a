package org.tandem.partnersupport.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AreaWallPass;
import org.tandem.access.AuditLog;
import org.tandem.access.CaseAccess;
import org.tandem.encryption.HerLookup;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Paging;

/**
 * Finding a woman by her exact phone number, email address or full name, across the areas a
 * partner-support worker or manager covers. Her details are sealed, so she is found through their
 * keyed hashes: only an exact match (after the hash's own normalising) is found, never a partial
 * one. For partner support and managers only (403 for anyone else, before anything is read); every
 * case shown is audited.
 */
@Service
public class FindHer {

  /** What a search may ask: at most this long, as the referral allows her details to be. */
  static final int LONGEST_PHONE = 40;

  static final int LONGEST_EMAIL = 160;
  static final int LONGEST_NAME = 161;

  /** Fewer digits than a phone number's last nine could match any number of women. */
  static final int FEWEST_PHONE_DIGITS = 9;

  /** A woman found: enough to know her and open her record. */
  public record Woman(
      String reference,
      long partnerId,
      String name,
      String relationship,
      String contactStatus,
      String area) {}

  /** What was searched for, as typed. */
  public record Query(String phone, String email, String name) {

    public boolean empty() {
      return blank(phone) && blank(email) && blank(name);
    }
  }

  /** One page of women found. */
  public record WomenFound(List<Woman> items, int page, int size, long total) {

    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }

  private final FindHerStore store;
  private final CaseAccess access;
  private final AuditLog audit;
  private final HerLookup lookup;
  private final MessageSource messages;

  FindHer(
      FindHerStore store,
      CaseAccess access,
      AuditLog audit,
      HerLookup lookup,
      MessageSource messages) {
    this.store = store;
    this.access = access;
    this.audit = audit;
    this.lookup = lookup;
    this.messages = messages;
  }

  @Transactional
  WomenFound find(Query query, Paging paging) {
    AreaWallPass pass = access.behindTheWallInMyAreas();
    check(query);
    FindHerStore.Hashes hashes =
        new FindHerStore.Hashes(
            blank(query.phone()) ? null : lookup.phone(query.phone()),
            blank(query.email()) ? null : lookup.email(query.email()),
            blank(query.name()) ? null : lookup.name(query.name()));
    List<FindHerStore.Found> rows = store.page(pass, hashes, paging.size(), paging.offset());
    audit.recordList("find a woman", rows.stream().map(FindHerStore.Found::readFrom).toList());
    return new WomenFound(
        rows.stream().map(FindHerStore.Found::woman).toList(),
        paging.page(),
        paging.size(),
        store.count(pass, hashes));
  }

  /** Each problem is named for its field, never repeating what was typed. */
  private void check(Query query) {
    List<FieldProblem> problems = new ArrayList<>();
    if (query.empty()) {
      problems.add(problem("phone", "partnersupport.problem.find.nothing"));
    }
    if (!blank(query.phone())
        && (query.phone().length() > LONGEST_PHONE
            || query.phone().replaceAll("[^0-9]", "").length() < FEWEST_PHONE_DIGITS)) {
      problems.add(problem("phone", "partnersupport.problem.find.phone"));
    }
    if (!blank(query.email())
        && (query.email().length() > LONGEST_EMAIL || !query.email().contains("@"))) {
      problems.add(problem("email", "partnersupport.problem.find.email"));
    }
    if (!blank(query.name())
        && (query.name().length() > LONGEST_NAME || query.name().strip().length() < 2)) {
      problems.add(problem("name", "partnersupport.problem.find.name"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }

  /** A problem in the words of the language the user reads. */
  private FieldProblem problem(String field, String code) {
    return new FieldProblem(
        field, messages.getMessage(code, null, LocaleContextHolder.getLocale()));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
