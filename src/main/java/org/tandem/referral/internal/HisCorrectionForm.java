package org.tandem.referral.internal;

import org.tandem.referral.CaseDetail;
import org.tandem.referral.HisCorrection;
import org.tandem.web.DateInput;
import org.tandem.web.VersionedForm;

/** The correct-his-details page's form: his details as they should read, and why. */
public class HisCorrectionForm extends VersionedForm {
  private String givenName;
  private String familyName;
  private DateInput dateOfBirth = new DateInput();
  private String phone;
  private String address;
  private String language;
  private boolean interpreterNeeded;
  private String reason;

  static HisCorrectionForm of(CaseDetail c) {
    HisCorrectionForm form = new HisCorrectionForm();
    form.givenName = c.manGivenName();
    form.familyName = c.manFamilyName();
    form.dateOfBirth = DateInput.of(c.manDateOfBirth());
    form.phone = c.manPhone();
    form.address = c.manAddress();
    form.language = c.manLanguage();
    form.interpreterNeeded = c.manInterpreterNeeded();
    form.setVersion(c.version());
    return form;
  }

  HisCorrection toCorrection() {
    return new HisCorrection(
        givenName,
        familyName,
        dateOfBirth.toDate(),
        phone,
        address,
        language,
        interpreterNeeded,
        reason,
        versionRead());
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

  public DateInput getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(DateInput dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public boolean isInterpreterNeeded() {
    return interpreterNeeded;
  }

  public void setInterpreterNeeded(boolean interpreterNeeded) {
    this.interpreterNeeded = interpreterNeeded;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
