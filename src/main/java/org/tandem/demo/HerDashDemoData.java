package org.tandem.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.tandem.partnersupport.NewPartnerDash;
import org.tandem.partnersupport.PartnerSupport;
import org.tandem.referral.CaseDetail;
import org.tandem.referral.Referrals;
import org.tandem.risk.DashAnswer;

/**
 * A case raised to high risk by what she told partner support: her DASH, completed with her
 * yesterday, shows visible high risk. His side reads only that the information is held by the
 * service; partner support and managers read where it came from. The wall tests read it as every
 * role. Her record's demo data also holds the equality monitoring answers of a few women ({@link
 * EqualityDemoData}), recorded by the same worker.
 */
@Component
class HerDashDemoData {

  private final Referrals referrals;
  private final PartnerSupport partnerSupport;
  private final UserDetailsService users;
  private final EqualityDemoData equality;

  HerDashDemoData(
      Referrals referrals,
      PartnerSupport partnerSupport,
      UserDetailsService users,
      EqualityDemoData equality) {
    this.referrals = referrals;
    this.partnerSupport = partnerSupport;
    this.users = users;
    this.equality = equality;
  }

  /**
   * Records her DASH on the fifteenth Northmoor case, and the equality answers, acting as the
   * partner-support worker; the caller clears the sign-in.
   */
  void load(List<String> northmoorCases, LocalDate today) {
    String reference = northmoorCases.get(14);
    UserDetails user = users.loadUserByUsername("partner.support");
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    CaseDetail c = referrals.detail(reference);
    Map<Integer, DashAnswer> answers = new HashMap<>();
    for (int n = 1; n <= 24; n++) {
      answers.put(n, n <= 15 ? DashAnswer.YES : DashAnswer.NO);
    }
    partnerSupport.recordDash(
        reference,
        c.partners().get(0).id(),
        new NewPartnerDash(
            today.minusDays(1), answers, "Invented: she is frightened of what he will do next."));
    equality.load(northmoorCases);
  }
}
