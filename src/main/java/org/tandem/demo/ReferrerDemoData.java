package org.tandem.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.tandem.access.Areas;
import org.tandem.access.TandemPrincipal;
import org.tandem.assessment.Assessments;
import org.tandem.assessment.NewAssessmentSession;
import org.tandem.assessment.NewRiskReport;
import org.tandem.consent.LawfulBasis;
import org.tandem.referral.NewReferral;
import org.tandem.referral.OnlineReferrals;
import org.tandem.referral.PartnerRelationship;
import org.tandem.referral.ProtectionStatus;
import org.tandem.referral.Referrals;
import org.tandem.referral.SharingBasis;
import org.tandem.referral.Triage;
import org.tandem.referral.TriageOutcome;
import org.tandem.referrer.OrganisationKind;
import org.tandem.referrer.ReferrerAccounts;
import org.tandem.referrer.ReportReleases;

/**
 * The invented children's social worker at Northmoor Children's Services, who refers online: two
 * referrals of her own in Northmoor, the older triaged and assessed, with its risk identification
 * report released to her; the newer waiting for triage.
 */
@Component
class ReferrerDemoData {

  static final String SOCIAL_WORKER = "social.worker";

  private final ReferrerAccounts accounts;
  private final OnlineReferrals online;
  private final Referrals referrals;
  private final Assessments assessments;
  private final ReportReleases releases;
  private final Areas areas;
  private final UserDetailsService users;

  ReferrerDemoData(
      ReferrerAccounts accounts,
      OnlineReferrals online,
      Referrals referrals,
      Assessments assessments,
      ReportReleases releases,
      Areas areas,
      UserDetailsService users) {
    this.accounts = accounts;
    this.online = online;
    this.referrals = referrals;
    this.assessments = assessments;
    this.releases = releases;
    this.areas = areas;
    this.users = users;
  }

  void load(LocalDate today) {
    long northmoor = areas.byCode("NMR").orElseThrow().id();
    UserDetails worker = users.loadUserByUsername(SOCIAL_WORKER);
    accounts.attach(
        ((TandemPrincipal) worker).user().id(),
        "Northmoor Children's Services",
        OrganisationKind.CHILDRENS_SOCIAL_CARE,
        northmoor);
    actingAs(SOCIAL_WORKER);
    String assessed =
        online.refer(referral("Declan", "Fairweather", "Invented-Nia", today.minusDays(40)));
    online.refer(referral("Rhys", "Underhay", "Invented-Ffion", today.minusDays(3)));
    actingAs("intake");
    referrals.triage(
        assessed,
        new Triage(TriageOutcome.APPROPRIATE_FOR_ASSESSMENT, null, null, today.minusDays(30), 0));
    actingAs("perpetrator.worker");
    assessments.addSession(assessed, new NewAssessmentSession(today.minusDays(21), 120, false));
    long report =
        assessments.produceReport(
            assessed,
            new NewRiskReport(
                "Invented: contact with the children to stay supervised for now.",
                "Invented: monthly review with the social worker.",
                "Invented: suitable to be assessed for the group programme.",
                90));
    releases.release(assessed, report, LawfulBasis.CHILD_PROTECTION, null);
  }

  private static NewReferral referral(
      String given, String family, String partner, LocalDate referredOn) {
    return new NewReferral(
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "Invented demo referral: concerns raised at a child protection conference.",
        referredOn,
        given,
        family,
        LocalDate.of(1986, 3, 14),
        null,
        null,
        "English",
        false,
        List.of(
            new NewReferral.Partner(
                PartnerRelationship.CURRENT, partner, null, null, null, null, null)),
        List.of(new NewReferral.Child(null, 6, ProtectionStatus.CHILD_PROTECTION_PLAN)),
        SharingBasis.CHILD_PROTECTION,
        null);
  }

  private void actingAs(String username) {
    UserDetails user = users.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }
}
