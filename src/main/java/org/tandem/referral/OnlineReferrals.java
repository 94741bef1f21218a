package org.tandem.referral;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.referral.internal.ReferralWords;
import org.tandem.web.NotFoundException;

/**
 * A referral made by a referrer from an outside agency, through the pages or the API: who referred
 * is the signed-in referrer whatever was sent (their agency, name and email, the area they were
 * invited to), and the referral and that they made it are saved in one transaction, so a referral
 * that lands in triage is always one they can follow. Nobody has looked for the same man yet: "my
 * work" asks intake to before triage, since the search would show a referrer other families.
 */
@Service
public class OnlineReferrals {

  private final RepeatReferrals repeats;
  private final OnlineReferrers referrers;
  private final ReferralWords words;

  OnlineReferrals(RepeatReferrals repeats, OnlineReferrers referrers, ReferralWords words) {
    this.words = words;
    this.repeats = repeats;
    this.referrers = referrers;
  }

  /** The signed-in referrer; 404 for an account that is not a referrer's. */
  public OnlineReferrers.Referrer me() {
    return referrers
        .current()
        .orElseThrow(
            () -> new NotFoundException(words.say("referral.notFound.noReferrersAccount")));
  }

  /** The referral with who referred filled in from the signed-in referrer. */
  public NewReferral fromMe(NewReferral sent) {
    OnlineReferrers.Referrer me = me();
    return new NewReferral(
        me.areaId(),
        me.source(),
        me.sourceOther(),
        me.name(),
        me.organisation(),
        null,
        me.email(),
        sent.reason(),
        sent.referredOn(),
        sent.manGivenName(),
        sent.manFamilyName(),
        sent.manDateOfBirth(),
        sent.manPhone(),
        sent.manAddress(),
        sent.manLanguage(),
        sent.manInterpreterNeeded(),
        sent.partners(),
        sent.children(),
        sent.sharingBasis(),
        sent.sharingBasisDetail());
  }

  /** Saves the referral as the signed-in referrer's; returns its reference. */
  @Transactional
  public String refer(NewReferral sent) {
    String reference = repeats.create(fromMe(sent), null, null);
    referrers.made(reference);
    return reference;
  }
}
