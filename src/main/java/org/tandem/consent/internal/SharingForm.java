package org.tandem.consent.internal;

import org.tandem.consent.LawfulBasis;
import org.tandem.consent.NewSharing;
import org.tandem.consent.ShareTo;
import org.tandem.web.DateInput;

/** A sharing out of his case, as typed. */
public class SharingForm {
  private ShareTo kind;
  private DateInput sharedOn = new DateInput();
  private String recipient;
  private String what;
  private LawfulBasis basis;
  private String basisReason;

  NewSharing toSharing() {
    return new NewSharing(kind, sharedOn.toDate(), recipient, what, basis, basisReason);
  }

  public ShareTo getKind() {
    return kind;
  }

  public void setKind(ShareTo kind) {
    this.kind = kind;
  }

  public DateInput getSharedOn() {
    return sharedOn;
  }

  public void setSharedOn(DateInput sharedOn) {
    this.sharedOn = sharedOn;
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public String getWhat() {
    return what;
  }

  public void setWhat(String what) {
    this.what = what;
  }

  public LawfulBasis getBasis() {
    return basis;
  }

  public void setBasis(LawfulBasis basis) {
    this.basis = basis;
  }

  public String getBasisReason() {
    return basisReason;
  }

  public void setBasisReason(String basisReason) {
    this.basisReason = basisReason;
  }
}
