package org.tandem.referral.internal;

import java.util.ArrayList;
import java.util.List;
import org.tandem.referral.NewReferral;
import org.tandem.referral.PartnerRelationship;
import org.tandem.referral.ProtectionStatus;
import org.tandem.referral.ReferralSource;
import org.tandem.referral.SharingBasis;
import org.tandem.web.DateInput;
import org.tandem.web.NumberInput;

/**
 * The referral page's form, holding exactly what was typed. Its property names match {@link
 * NewReferral}'s, so the rules' problems land beside the right fields.
 */
public class ReferralForm {

  private Long areaId;
  private ReferralSource referralSource;
  private String referralSourceOther;
  private String referrerName;
  private String referrerOrganisation;
  private String referrerPhone;
  private String referrerEmail;
  private String reason;
  private DateInput referredOn = new DateInput();
  private String manGivenName;
  private String manFamilyName;
  private DateInput manDateOfBirth = new DateInput();
  private String manPhone;
  private String manAddress;
  private String manLanguage;
  private boolean manInterpreterNeeded;
  private List<PartnerForm> partners = new ArrayList<>();
  private List<ChildForm> children = new ArrayList<>();
  private SharingBasis sharingBasis;
  private String sharingBasisDetail;

  NewReferral toNewReferral() {
    return new NewReferral(
        areaId,
        referralSource,
        referralSourceOther,
        referrerName,
        referrerOrganisation,
        referrerPhone,
        referrerEmail,
        reason,
        referredOn.toDate(),
        manGivenName,
        manFamilyName,
        manDateOfBirth.toDate(),
        manPhone,
        manAddress,
        manLanguage,
        manInterpreterNeeded,
        partners.stream().filter(p -> !p.isEmpty()).map(PartnerForm::toPartner).toList(),
        children.stream().filter(c -> !c.isEmpty()).map(ChildForm::toChild).toList(),
        sharingBasis,
        sharingBasisDetail);
  }

  /** One partner's boxes. */
  public static class PartnerForm {
    private PartnerRelationship relationship;
    private String givenName;
    private String familyName;
    private String phone;
    private String email;
    private String address;
    private String safeContactTimes;

    boolean isEmpty() {
      return relationship == null
          && blank(givenName)
          && blank(familyName)
          && blank(phone)
          && blank(email)
          && blank(address)
          && blank(safeContactTimes);
    }

    NewReferral.Partner toPartner() {
      return new NewReferral.Partner(
          relationship, givenName, familyName, phone, email, address, safeContactTimes);
    }

    public PartnerRelationship getRelationship() {
      return relationship;
    }

    public void setRelationship(PartnerRelationship relationship) {
      this.relationship = relationship;
    }

    public String getGivenName() {
      return givenName;
    }

    public void setGivenName(String givenName) {
      this.givenName = givenName;
    }

    public String getFamilyName() {
      return familyName;
    }

    public void setFamilyName(String familyName) {
      this.familyName = familyName;
    }

    public String getPhone() {
      return phone;
    }

    public void setPhone(String phone) {
      this.phone = phone;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getAddress() {
      return address;
    }

    public void setAddress(String address) {
      this.address = address;
    }

    public String getSafeContactTimes() {
      return safeContactTimes;
    }

    public void setSafeContactTimes(String safeContactTimes) {
      this.safeContactTimes = safeContactTimes;
    }
  }

  /** One child's boxes. */
  public static class ChildForm {
    private String givenName;
    private String ageYears;
    private ProtectionStatus protectionStatus;

    boolean isEmpty() {
      return blank(givenName) && blank(ageYears) && protectionStatus == null;
    }

    NewReferral.Child toChild() {
      return new NewReferral.Child(givenName, NumberInput.whole(ageYears), protectionStatus);
    }

    public String getGivenName() {
      return givenName;
    }

    public void setGivenName(String givenName) {
      this.givenName = givenName;
    }

    public String getAgeYears() {
      return ageYears;
    }

    public void setAgeYears(String ageYears) {
      this.ageYears = ageYears;
    }

    public ProtectionStatus getProtectionStatus() {
      return protectionStatus;
    }

    public void setProtectionStatus(ProtectionStatus protectionStatus) {
      this.protectionStatus = protectionStatus;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long areaId) {
    this.areaId = areaId;
  }

  public ReferralSource getReferralSource() {
    return referralSource;
  }

  public void setReferralSource(ReferralSource referralSource) {
    this.referralSource = referralSource;
  }

  public String getReferralSourceOther() {
    return referralSourceOther;
  }

  public void setReferralSourceOther(String referralSourceOther) {
    this.referralSourceOther = referralSourceOther;
  }

  public String getReferrerName() {
    return referrerName;
  }

  public void setReferrerName(String referrerName) {
    this.referrerName = referrerName;
  }

  public String getReferrerOrganisation() {
    return referrerOrganisation;
  }

  public void setReferrerOrganisation(String referrerOrganisation) {
    this.referrerOrganisation = referrerOrganisation;
  }

  public String getReferrerPhone() {
    return referrerPhone;
  }

  public void setReferrerPhone(String referrerPhone) {
    this.referrerPhone = referrerPhone;
  }

  public String getReferrerEmail() {
    return referrerEmail;
  }

  public void setReferrerEmail(String referrerEmail) {
    this.referrerEmail = referrerEmail;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public DateInput getReferredOn() {
    return referredOn;
  }

  public void setReferredOn(DateInput referredOn) {
    this.referredOn = referredOn;
  }

  public String getManGivenName() {
    return manGivenName;
  }

  public void setManGivenName(String manGivenName) {
    this.manGivenName = manGivenName;
  }

  public String getManFamilyName() {
    return manFamilyName;
  }

  public void setManFamilyName(String manFamilyName) {
    this.manFamilyName = manFamilyName;
  }

  public DateInput getManDateOfBirth() {
    return manDateOfBirth;
  }

  public void setManDateOfBirth(DateInput manDateOfBirth) {
    this.manDateOfBirth = manDateOfBirth;
  }

  public String getManPhone() {
    return manPhone;
  }

  public void setManPhone(String manPhone) {
    this.manPhone = manPhone;
  }

  public String getManAddress() {
    return manAddress;
  }

  public void setManAddress(String manAddress) {
    this.manAddress = manAddress;
  }

  public String getManLanguage() {
    return manLanguage;
  }

  public void setManLanguage(String manLanguage) {
    this.manLanguage = manLanguage;
  }

  public boolean isManInterpreterNeeded() {
    return manInterpreterNeeded;
  }

  public void setManInterpreterNeeded(boolean manInterpreterNeeded) {
    this.manInterpreterNeeded = manInterpreterNeeded;
  }

  public List<PartnerForm> getPartners() {
    return partners;
  }

  public void setPartners(List<PartnerForm> partners) {
    this.partners = partners;
  }

  public List<ChildForm> getChildren() {
    return children;
  }

  public void setChildren(List<ChildForm> children) {
    this.children = children;
  }

  public SharingBasis getSharingBasis() {
    return sharingBasis;
  }

  public void setSharingBasis(SharingBasis sharingBasis) {
    this.sharingBasis = sharingBasis;
  }

  public String getSharingBasisDetail() {
    return sharingBasisDetail;
  }

  public void setSharingBasisDetail(String sharingBasisDetail) {
    this.sharingBasisDetail = sharingBasisDetail;
  }
}
