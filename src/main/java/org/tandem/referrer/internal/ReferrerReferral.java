package org.tandem.referrer.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.tandem.referral.NewReferral;
import org.tandem.referral.NewReferral.Child;
import org.tandem.referral.NewReferral.Partner;
import org.tandem.referral.SharingBasis;
import org.tandem.web.UpToToday;

/**
 * A referral as a referrer sends it through the API: what they know of him, his family and the
 * basis for sharing. Who referred is not in it at all: the area, the source and the referrer's
 * name, organisation and contact are always the signed-in referrer's, from their account, so the
 * API does not offer fields it could only ignore, and refuses them (see {@link ReferralBody}).
 *
 * <p>The rules are intake's, checked on the {@link NewReferral} this becomes; they are repeated on
 * these fields only so that the API's description gives each its most and says which are needed. A
 * test holds them equal to {@link NewReferral}'s.
 */
@Schema(
    description =
        "A referral as a referrer makes it. The area, the source and the referrer are taken from"
            + " your account, so there are no fields for them; a field not listed here is"
            + " refused with 400 naming it.",
    additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
record ReferrerReferral(
    @NotBlank(message = "{referral.problem.enterTheReasonForThe}")
        @Size(max = 5000, message = "{referral.problem.theReasonForTheReferral5000}")
        String reason,
    @UpToToday(
            missing = "{referral.problem.enterTheDateOfThe}",
            message = "{referral.problem.theDateOfTheReferral}")
        LocalDate referredOn,
    @NotBlank(message = "{referral.problem.enterHisGivenName}")
        @Size(max = 80, message = "{referral.problem.givenNameMustBe80}")
        String manGivenName,
    @NotBlank(message = "{referral.problem.enterHisFamilyName}")
        @Size(max = 80, message = "{referral.problem.familyNameMustBe80}")
        String manFamilyName,
    @Past(message = "{referral.problem.hisDateOfBirthMust}") LocalDate manDateOfBirth,
    @Pattern(
            regexp = NewReferral.PHONE,
            message = "{referral.problem.enterHisPhoneNumberLike07700900982}")
        String manPhone,
    @Size(max = 300, message = "{referral.problem.hisAddressMustBe300}") String manAddress,
    @Size(max = 60, message = "{referral.problem.languageMustBe60Characters}") String manLanguage,
    Boolean manInterpreterNeeded,
    @Size(max = NewReferral.MOST_PARTNERS, message = "{referral.problem.aReferralCanNameAt10}")
        List<@Valid Partner> partners,
    @Size(max = NewReferral.MOST_CHILDREN, message = "{referral.problem.aReferralCanNameAt15}")
        List<@Valid Child> children,
    @NotNull(message = "{referral.problem.selectTheBasisForSharing}") SharingBasis sharingBasis,
    @Size(max = 500, message = "{referral.problem.theLegalBasisMustBe500}")
        String sharingBasisDetail) {

  /**
   * The referral with nobody yet named as referring: {@code OnlineReferrals} fills in the area, the
   * source and the referrer from the signed-in referrer's account.
   */
  NewReferral withoutWhoReferred() {
    return new NewReferral(
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        reason,
        referredOn,
        manGivenName,
        manFamilyName,
        manDateOfBirth,
        manPhone,
        manAddress,
        manLanguage,
        manInterpreterNeeded,
        partners,
        children,
        sharingBasis,
        sharingBasisDetail);
  }
}
