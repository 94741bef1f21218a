package org.tandem.partnersupport.internal;

import org.tandem.partnersupport.HerCorrection;
import org.tandem.partnersupport.HerDetail;
import org.tandem.partnersupport.internal.HerDetailsStore.HerDetails;
import org.tandem.web.VersionedForm;

/** The correct-her-details page's form: her details as they should read, and why. */
public class HerCorrectionForm extends VersionedForm {
  private String givenName;
  private String familyName;
  private String phone;
  private String email;
  private String address;
  private String safeContactTimes;
  private String reason;

  static HerCorrectionForm of(HerDetails her) {
    HerCorrectionForm form = new HerCorrectionForm();
    form.givenName = her.values().get(HerDetail.GIVEN_NAME);
    form.familyName = her.values().get(HerDetail.FAMILY_NAME);
    form.phone = her.values().get(HerDetail.PHONE);
    form.email = her.values().get(HerDetail.EMAIL);
    form.address = her.values().get(HerDetail.ADDRESS);
    form.safeContactTimes = her.values().get(HerDetail.SAFE_CONTACT_TIMES);
    form.setVersion(her.version());
    return form;
  }

  HerCorrection toCorrection() {
    return new HerCorrection(
        givenName, familyName, phone, email, address, safeContactTimes, reason, versionRead());
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

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
