package org.tandem.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.tandem.access.Areas;
import org.tandem.children.ChildWork;
import org.tandem.children.ChildrensWork;
import org.tandem.children.LadderOutcomes;
import org.tandem.children.LadderStage;
import org.tandem.children.NewLadderReading;
import org.tandem.evaluation.NewReferrerEvaluation;
import org.tandem.evaluation.ReferrerEvaluations;
import org.tandem.partnersupport.ContactMethod;
import org.tandem.partnersupport.ContactOutcome;
import org.tandem.partnersupport.EvaluationPoint;
import org.tandem.partnersupport.NewContactAttempt;
import org.tandem.partnersupport.NewHerEvaluation;
import org.tandem.partnersupport.PartnerSupport;
import org.tandem.partnersupport.WomenEvaluations;
import org.tandem.referral.CaseDetail;
import org.tandem.referral.Referrals;

/**
 * Invented evaluations for the demo, so that an outcome report has figures: three of the oldest
 * Northmoor women were reached soon after referral and have done their 3-month follow-up with the
 * partner-support worker; intake has recorded three referrers' evaluations; and if no child has a
 * safety ladder before and after yet, one child gets both. Every answer and note is made up.
 */
@Component
class EvaluationDemoData {

  private final Referrals referrals;
  private final PartnerSupport partnerSupport;
  private final WomenEvaluations women;
  private final ReferrerEvaluations referrers;
  private final ChildrensWork children;
  private final LadderOutcomes ladder;
  private final Areas areas;
  private final UserDetailsService users;

  EvaluationDemoData(
      Referrals referrals,
      PartnerSupport partnerSupport,
      WomenEvaluations women,
      ReferrerEvaluations referrers,
      ChildrensWork children,
      LadderOutcomes ladder,
      Areas areas,
      UserDetailsService users) {
    this.referrals = referrals;
    this.partnerSupport = partnerSupport;
    this.women = women;
    this.referrers = referrers;
    this.children = children;
    this.ladder = ladder;
    this.areas = areas;
    this.users = users;
  }

  /** Loads the evaluations acting as each worker in turn; the caller clears the sign-in. */
  void load(List<String> northmoorCases, LocalDate today) {
    actingAs("partner.support");
    int done = 0;
    for (int i = 0; i < northmoorCases.size() && done < 3; i++) {
      CaseDetail c = referrals.detail(northmoorCases.get(i));
      if (c.partners() != null && !c.partners().isEmpty()) {
        herThreeMonths(c, c.partners().get(0).id(), today, done++);
      }
    }
    actingAs("intake");
    for (int n = 0; n < 3 && 6 + n < northmoorCases.size(); n++) {
      referrers.record(
          northmoorCases.get(6 + n),
          new NewReferrerEvaluation(
              today.minusDays(10L + 10 * n),
              5 - n % 2,
              4,
              n == 2 ? 3 : 4,
              n == 1 ? 5 : 4,
              "Invented: the report helped the child protection conference plan contact."));
    }
    actingAs("childrens.worker");
    long northmoor = areas.byCode("NMR").orElseThrow().id();
    if (ladder.ladderResults(northmoor, today.minusYears(1), today).children() == 0) {
      ladderBeforeAndAfter(northmoorCases, today);
    }
  }

  /** She was reached by phone two days after the referral and did her 3-month follow-up. */
  private void herThreeMonths(CaseDetail c, long partnerId, LocalDate today, int n) {
    partnerSupport.recordAttempt(
        c.reference(),
        partnerId,
        new NewContactAttempt(
            ContactMethod.PHONE,
            c.referredOn().plusDays(2),
            LocalTime.of(10, 30),
            ContactOutcome.SPOKE_WITH_HER,
            null,
            "Invented: talked through the service and what happens next.",
            true));
    women.record(
        c.reference(),
        partnerId,
        new NewHerEvaluation(
            EvaluationPoint.THREE_MONTHS,
            today.minusDays(1L + n),
            n == 2 ? 3 : 4,
            4 + n % 2,
            n == 1 ? 3 : 4,
            n == 0 ? NewHerEvaluation.NOT_ASKED : 4,
            4,
            4,
            n == 2 ? 3 : 5,
            4,
            n == 0 ? NewHerEvaluation.NOT_ASKED : 4,
            3 + n % 2,
            n == 0 ? NewHerEvaluation.NOT_ASKED : 4,
            "Invented: she says the shouting has eased; still anxious around handovers."));
  }

  private void ladderBeforeAndAfter(List<String> northmoorCases, LocalDate today) {
    for (String reference : northmoorCases) {
      for (ChildWork child : children.overview(reference).children()) {
        if (child.ladder().readings().isEmpty()) {
          children.recordLadderReading(
              reference,
              child.id(),
              new NewLadderReading(LadderStage.BEFORE, today.minusDays(40), 3));
          children.recordLadderReading(
              reference,
              child.id(),
              new NewLadderReading(LadderStage.AFTER, today.minusDays(3), 6));
          return;
        }
      }
    }
  }

  private void actingAs(String username) {
    UserDetails user = users.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }
}
