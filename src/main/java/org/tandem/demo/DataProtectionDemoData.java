package org.tandem.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.tandem.consent.ConsentWithdrawal;
import org.tandem.consent.Consents;
import org.tandem.consent.LawfulBasis;
import org.tandem.consent.NewConsent;
import org.tandem.consent.NewSharing;
import org.tandem.consent.ShareTo;
import org.tandem.consent.Sharings;
import org.tandem.consent.WithdrawnHow;
import org.tandem.partnersupport.NewReferralOn;
import org.tandem.partnersupport.PartnerSupport;
import org.tandem.partnersupport.ReferralOnService;
import org.tandem.referral.Referrals;

/**
 * Consents and sharings as the demo shows them: one woman's consent to referrals to refuges, with
 * the referral that relied on it; another's consent to an IDVA, since withdrawn; and one man's
 * consent to reports to his referrer, with the risk identification report shared on it.
 */
@Component
class DataProtectionDemoData {

  private final Consents consents;
  private final Sharings sharings;
  private final PartnerSupport partnerSupport;
  private final Referrals referrals;
  private final UserDetailsService users;

  DataProtectionDemoData(
      Consents consents,
      Sharings sharings,
      PartnerSupport partnerSupport,
      Referrals referrals,
      UserDetailsService users) {
    this.consents = consents;
    this.sharings = sharings;
    this.partnerSupport = partnerSupport;
    this.referrals = referrals;
    this.users = users;
  }

  /** Acts as Northmoor's partner-support and perpetrator workers; the caller signs out. */
  void load(List<String> northmoor, LocalDate today) {
    actingAs("partner.support");
    String refuge = northmoor.get(8);
    long her = referrals.detail(refuge).partners().get(0).id();
    consents.recordHers(
        refuge,
        her,
        new NewConsent(
            Set.of(ShareTo.REFUGE, ShareTo.HOUSING),
            "Invented Refuge Network; Northmoor housing options",
            today.minusDays(3),
            today.plusMonths(6)));
    partnerSupport.referOn(
        refuge,
        her,
        new NewReferralOn(
            ReferralOnService.REFUGE,
            today.minusDays(2),
            "Invented: a place asked for at the Invented Refuge Network",
            LawfulBasis.CONSENT,
            null));

    String withdrawn = northmoor.get(6);
    long other = referrals.detail(withdrawn).partners().get(0).id();
    long idva =
        consents.recordHers(
            withdrawn,
            other,
            new NewConsent(Set.of(ShareTo.IDVA), null, today.minusDays(20), today.plusMonths(3)));
    consents.withdrawHers(
        withdrawn,
        other,
        idva,
        new ConsentWithdrawal(today.minusDays(1), WithdrawnHow.BY_PHONE, 0));

    actingAs("perpetrator.worker");
    String reported = northmoor.get(9);
    consents.recordHis(
        reported,
        new NewConsent(
            Set.of(ShareTo.REPORTS_TO_REFERRER), null, today.minusDays(10), today.plusYears(1)));
    sharings.record(
        reported,
        new NewSharing(
            ShareTo.REPORTS_TO_REFERRER,
            today.minusDays(1),
            "The referring probation officer",
            "Invented: the risk identification report",
            LawfulBasis.CONSENT,
            null));
  }

  private void actingAs(String username) {
    UserDetails user = users.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }
}
