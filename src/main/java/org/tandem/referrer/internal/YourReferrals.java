package org.tandem.referrer.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseRef;
import org.tandem.evaluation.NewReferrerEvaluation;
import org.tandem.evaluation.ReferrerEvaluations;
import org.tandem.web.NotFoundException;
import org.tandem.web.Paging;

/**
 * What a referrer may see: the referrals they or their agency made online in the area they refer
 * to, where each stands, and the reports released to them. Any other case is not found (404), as if
 * it did not exist. Every list, read and download is audited.
 */
@Service
class YourReferrals {

  private final Referrers referrers;
  private final ReferralListStore store;
  private final ReferrerEvaluations evaluations;
  private final AuditLog audit;
  private final ReferrerWords words;

  YourReferrals(
      Referrers referrers,
      ReferralListStore store,
      ReferrerEvaluations evaluations,
      AuditLog audit,
      ReferrerWords words) {
    this.words = words;
    this.referrers = referrers;
    this.store = store;
    this.evaluations = evaluations;
    this.audit = audit;
  }

  /** A referral with the reports released for it and whether an evaluation came back. */
  record Item(
      ReferralListStore.Row referral,
      List<ReferralListStore.Released> reports,
      boolean evaluationReturned) {}

  /** A page of them; page counts from 0. */
  record Page(List<Item> items, int page, int size, long total) {
    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }

  @Transactional
  Page list(Paging paging) {
    ReferrerStore.Profile me = referrers.me();
    List<ReferralListStore.Row> rows = store.page(me.organisationId(), me.areaId(), paging);
    Page page =
        new Page(
            items(rows),
            paging.page(),
            paging.size(),
            store.count(me.organisationId(), me.areaId()));
    audit.recordList(
        "referrals made online, as their referrer", rows.stream().map(YourReferrals::ref).toList());
    return page;
  }

  @Transactional
  Item one(String reference) {
    ReferralListStore.Row row = row(reference);
    audit.record(Action.READ, "referral as its referrer", ref(row));
    return items(List.of(row)).get(0);
  }

  /** A released report's PDF, as it was released. */
  @Transactional
  ReferralListStore.File pdf(String reference, long reportId) {
    ReferralListStore.Row row = row(reference);
    ReferralListStore.File file =
        store
            .pdf(row.referralId(), reportId)
            .orElseThrow(() -> new NotFoundException(words.say("referrer.problem.noSuchReport")));
    audit.record(Action.DOWNLOAD, "released report PDF, by its referrer", ref(row));
    return file;
  }

  /** The referrer's evaluation of a referral of theirs, returned online. */
  @Transactional
  void returnEvaluation(String reference, NewReferrerEvaluation evaluation) {
    evaluations.returnOnline(ref(row(reference)), evaluation);
  }

  private ReferralListStore.Row row(String reference) {
    ReferrerStore.Profile me = referrers.me();
    return store
        .one(reference, me.organisationId(), me.areaId())
        .orElseThrow(() -> new NotFoundException(words.say("referrer.problem.noSuchReferral")));
  }

  private List<Item> items(List<ReferralListStore.Row> rows) {
    List<Long> ids = rows.stream().map(ReferralListStore.Row::referralId).toList();
    Map<Long, List<ReferralListStore.Released>> released =
        store.released(ids).stream()
            .collect(Collectors.groupingBy(ReferralListStore.Released::referralId));
    Set<Long> evaluated = evaluations.evaluated(ids);
    return rows.stream()
        .map(
            r ->
                new Item(
                    r,
                    released.getOrDefault(r.referralId(), List.of()),
                    evaluated.contains(r.referralId())))
        .toList();
  }

  private static CaseRef ref(ReferralListStore.Row row) {
    return new CaseRef(row.referralId(), row.reference(), row.areaId());
  }
}
