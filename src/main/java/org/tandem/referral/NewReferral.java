package org.tandem.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.tandem.web.UpToToday;

/**
 * A referral as intake logs it, through the pages or the API. The rules here are the only ones:
 * both doors validate with them, so a referral the API accepts the pages accept too.
 *
 * <p>Messages never repeat the value that was entered, so an error cannot carry a partner's details
 * anywhere.
 */
public record NewReferral(
    @NotNull(message = "{referral.problem.selectTheAreaTheReferral}") Long areaId,
    @NotNull(message = "{referral.problem.selectWhoReferredHim}") ReferralSource referralSource,
    @Size(max = 120, message = "{referral.problem.otherSourceMustBe120}")
        String referralSourceOther,
    @NotBlank(message = "{referral.problem.enterTheReferrersName}")
        @Size(max = 120, message = "{referral.problem.referrersNameMustBe120}")
        String referrerName,
    @Size(max = 160, message = "{referral.problem.organisationMustBe160Characters}")
        String referrerOrganisation,
    @Pattern(regexp = PHONE, message = "{referral.problem.enterTheReferrersPhoneNumber01632960001}")
        String referrerPhone,
    @Email(message = "{referral.problem.enterTheReferrersEmailAddress}")
        @Size(max = 160, message = "{referral.problem.emailAddressMustBe160}")
        String referrerEmail,
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
    @Pattern(regexp = PHONE, message = "{referral.problem.enterHisPhoneNumberLike07700900982}")
        String manPhone,
    @Size(max = 300, message = "{referral.problem.hisAddressMustBe300}") String manAddress,
    @Size(max = 60, message = "{referral.problem.languageMustBe60Characters}") String manLanguage,
    Boolean manInterpreterNeeded,
    @Size(max = MOST_PARTNERS, message = "{referral.problem.aReferralCanNameAt10}")
        List<@Valid Partner> partners,
    @Size(max = MOST_CHILDREN, message = "{referral.problem.aReferralCanNameAt15}")
        List<@Valid Child> children,
    @NotNull(message = "{referral.problem.selectTheBasisForSharing}") SharingBasis sharingBasis,
    @Size(max = 500, message = "{referral.problem.theLegalBasisMustBe500}")
        String sharingBasisDetail) {

  /**
   * The most partners and children one referral can name: more than any family a referrer has
   * described, few enough that the case page stays readable.
   */
  public static final int MOST_PARTNERS = 10;

  public static final int MOST_CHILDREN = 15;

  /** UK and international phone numbers: digits, spaces, brackets, dashes, an optional plus. */
  public static final String PHONE = "^$|^\\+?[0-9 ()-]{10,20}$";

  public NewReferral {
    partners = partners == null ? List.of() : List.copyOf(partners);
    children = children == null ? List.of() : List.copyOf(children);
  }

  /** A current, former or new partner. Everything but the relationship is behind the wall. */
  public record Partner(
      @NotNull(message = "{referral.problem.selectHowSheIsRelated}")
          PartnerRelationship relationship,
      @NotBlank(message = "{referral.problem.enterHerGivenName}")
          @Size(max = 80, message = "{referral.problem.herGivenNameMustBe80}")
          String givenName,
      @Size(max = 80, message = "{referral.problem.herFamilyNameMustBe80}") String familyName,
      @Pattern(regexp = PHONE, message = "{referral.problem.enterHerPhoneNumberLike07700900982}")
          String phone,
      @Email(message = "{referral.problem.enterHerEmailAddressIn}")
          @Size(max = 160, message = "{referral.problem.herEmailAddressMustBe160}")
          String email,
      @Size(max = 300, message = "{referral.problem.herAddressMustBe300}") String address,
      @Size(max = 500, message = "{referral.problem.safeContactTimesMustBe500}")
          String safeContactTimes) {}

  /** A child in the family. */
  public record Child(
      @Size(max = 80, message = "{referral.problem.theChildsNameMustBe80}") String givenName,
      @NotNull(message = "{referral.problem.enterTheChildsAgeIn}")
          @Min(value = 0, message = "{referral.problem.theChildsAgeMustBe0}")
          @Max(value = 18, message = "{referral.problem.theChildsAgeMustBe18}")
          Integer ageYears,
      @NotNull(message = "{referral.problem.selectTheChildsProtectionStatus}")
          ProtectionStatus protectionStatus) {}

  // The cross-field rules below are package-private is-methods named after the field they report
  // on, so a problem names that field. They must not carry @JsonIgnore: Jackson would then ignore
  // the whole property of that name, and the API would silently drop e.g. referrerPhone.

  @AssertTrue(message = "{referral.problem.enterWhoReferredHim}")
  boolean isReferralSourceOther() {
    return referralSource != ReferralSource.OTHER
        || (referralSourceOther != null && !referralSourceOther.isBlank());
  }

  @AssertTrue(message = "{referral.problem.enterTheReferrersPhoneNumber}")
  boolean isReferrerPhone() {
    return (referrerPhone != null && !referrerPhone.isBlank())
        || (referrerEmail != null && !referrerEmail.isBlank());
  }

  @AssertTrue(message = "{referral.problem.describeTheLegalBasisFor}")
  boolean isSharingBasisDetail() {
    return sharingBasis != SharingBasis.OTHER_LEGAL_BASIS
        || (sharingBasisDetail != null && !sharingBasisDetail.isBlank());
  }
}
