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
    @NotNull(message = "Select the area the referral is for") Long areaId,
    @NotNull(message = "Select who referred him") ReferralSource referralSource,
    @Size(max = 120, message = "Other source must be 120 characters or fewer")
        String referralSourceOther,
    @NotBlank(message = "Enter the referrer's name")
        @Size(max = 120, message = "Referrer's name must be 120 characters or fewer")
        String referrerName,
    @Size(max = 160, message = "Organisation must be 160 characters or fewer")
        String referrerOrganisation,
    @Pattern(regexp = PHONE, message = "Enter the referrer's phone number, like 01632 960 001")
        String referrerPhone,
    @Email(
            message =
                "Enter the referrer's email address in the correct format, like name@example.org")
        @Size(max = 160, message = "Email address must be 160 characters or fewer")
        String referrerEmail,
    @NotBlank(message = "Enter the reason for the referral")
        @Size(max = 5000, message = "The reason for the referral must be 5,000 characters or fewer")
        String reason,
    @UpToToday(
            missing = "Enter the date of the referral",
            message = "The date of the referral must be today or in the past")
        LocalDate referredOn,
    @NotBlank(message = "Enter his given name")
        @Size(max = 80, message = "Given name must be 80 characters or fewer")
        String manGivenName,
    @NotBlank(message = "Enter his family name")
        @Size(max = 80, message = "Family name must be 80 characters or fewer")
        String manFamilyName,
    @Past(message = "His date of birth must be in the past") LocalDate manDateOfBirth,
    @Pattern(regexp = PHONE, message = "Enter his phone number, like 07700 900 982")
        String manPhone,
    @Size(max = 300, message = "His address must be 300 characters or fewer") String manAddress,
    @Size(max = 60, message = "Language must be 60 characters or fewer") String manLanguage,
    Boolean manInterpreterNeeded,
    @Size(max = MOST_PARTNERS, message = "A referral can name at most 10 partners")
        List<@Valid Partner> partners,
    @Size(max = MOST_CHILDREN, message = "A referral can name at most 15 children")
        List<@Valid Child> children,
    @NotNull(message = "Select the basis for sharing information") SharingBasis sharingBasis,
    @Size(max = 500, message = "The legal basis must be 500 characters or fewer")
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
      @NotNull(message = "Select how she is related to him") PartnerRelationship relationship,
      @NotBlank(message = "Enter her given name")
          @Size(max = 80, message = "Her given name must be 80 characters or fewer")
          String givenName,
      @Size(max = 80, message = "Her family name must be 80 characters or fewer") String familyName,
      @Pattern(regexp = PHONE, message = "Enter her phone number, like 07700 900 982") String phone,
      @Email(message = "Enter her email address in the correct format, like name@example.org")
          @Size(max = 160, message = "Her email address must be 160 characters or fewer")
          String email,
      @Size(max = 300, message = "Her address must be 300 characters or fewer") String address,
      @Size(max = 500, message = "Safe contact times must be 500 characters or fewer")
          String safeContactTimes) {}

  /** A child in the family. */
  public record Child(
      @Size(max = 80, message = "The child's name must be 80 characters or fewer") String givenName,
      @NotNull(message = "Enter the child's age in years")
          @Min(value = 0, message = "The child's age must be 0 or more")
          @Max(value = 18, message = "The child's age must be 18 or less")
          Integer ageYears,
      @NotNull(message = "Select the child's protection status")
          ProtectionStatus protectionStatus) {}

  // The cross-field rules below are package-private is-methods named after the field they report
  // on, so a problem names that field. They must not carry @JsonIgnore: Jackson would then ignore
  // the whole property of that name, and the API would silently drop e.g. referrerPhone.

  @AssertTrue(message = "Enter who referred him")
  boolean isReferralSourceOther() {
    return referralSource != ReferralSource.OTHER
        || (referralSourceOther != null && !referralSourceOther.isBlank());
  }

  @AssertTrue(message = "Enter the referrer's phone number or email address")
  boolean isReferrerPhone() {
    return (referrerPhone != null && !referrerPhone.isBlank())
        || (referrerEmail != null && !referrerEmail.isBlank());
  }

  @AssertTrue(message = "Describe the legal basis for sharing information")
  boolean isSharingBasisDetail() {
    return sharingBasis != SharingBasis.OTHER_LEGAL_BASIS
        || (sharingBasisDetail != null && !sharingBasisDetail.isBlank());
  }
}
