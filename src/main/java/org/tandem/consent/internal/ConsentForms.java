package org.tandem.consent.internal;

import java.util.Set;
import org.tandem.consent.ConsentWithdrawal;
import org.tandem.consent.NewConsent;
import org.tandem.consent.ShareTo;
import org.tandem.consent.WithdrawnHow;
import org.tandem.web.DateInput;
import org.tandem.web.VersionedForm;

/** The forms that record a consent and its withdrawal, as typed. */
final class ConsentForms {

  private ConsentForms() {}

  /** A consent as typed. */
  public static class ConsentForm {
    private Set<ShareTo> scope;
    private String agencies;
    private DateInput givenOn = new DateInput();
    private DateInput expiresOn = new DateInput();

    NewConsent toConsent() {
      return new NewConsent(scope, agencies, givenOn.toDate(), expiresOn.toDate());
    }

    public Set<ShareTo> getScope() {
      return scope;
    }

    public void setScope(Set<ShareTo> scope) {
      this.scope = scope;
    }

    public String getAgencies() {
      return agencies;
    }

    public void setAgencies(String agencies) {
      this.agencies = agencies;
    }

    public DateInput getGivenOn() {
      return givenOn;
    }

    public void setGivenOn(DateInput givenOn) {
      this.givenOn = givenOn;
    }

    public DateInput getExpiresOn() {
      return expiresOn;
    }

    public void setExpiresOn(DateInput expiresOn) {
      this.expiresOn = expiresOn;
    }
  }

  /** A withdrawal as typed, with the version of the consent read. */
  public static class WithdrawalForm extends VersionedForm {
    private DateInput withdrawnOn = new DateInput();
    private WithdrawnHow how;

    ConsentWithdrawal toWithdrawal() {
      return new ConsentWithdrawal(withdrawnOn.toDate(), how, versionRead());
    }

    public DateInput getWithdrawnOn() {
      return withdrawnOn;
    }

    public void setWithdrawnOn(DateInput withdrawnOn) {
      this.withdrawnOn = withdrawnOn;
    }

    public WithdrawnHow getHow() {
      return how;
    }

    public void setHow(WithdrawnHow how) {
      this.how = how;
    }
  }
}
