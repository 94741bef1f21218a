package org.tandem.referral;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.TestClockConfiguration;
import org.tandem.web.FieldProblem;

/** The referral rules that both the pages and the API apply. */
class NewReferralRulesTest {

  private final org.tandem.web.Validation validation =
      new org.tandem.web.Validation(
          Validation.byDefaultProvider()
              .configure()
              .clockProvider(() -> TestClockConfiguration.CLOCK)
              .buildValidatorFactory()
              .getValidator());

  private static NewReferral valid(
      ReferralSource source,
      String other,
      String phone,
      String email,
      SharingBasis basis,
      String detail,
      List<NewReferral.Partner> partners) {
    return new NewReferral(
        1L,
        source,
        other,
        "Robin Casefield",
        null,
        phone,
        email,
        "Reason",
        TestClockConfiguration.CLOCK.today().minusDays(1),
        "Testy",
        "Mctestface",
        null,
        null,
        null,
        null,
        false,
        partners,
        List.of(),
        basis,
        detail);
  }

  private List<String> fields(NewReferral r) {
    return validation.problems(r).stream().map(FieldProblem::field).toList();
  }

  @Test
  void aCompleteReferralHasNoProblems() {
    assertThat(
            fields(
                valid(
                    ReferralSource.POLICE,
                    null,
                    "07700 900001",
                    null,
                    SharingBasis.CONSENT,
                    null,
                    List.of())))
        .isEmpty();
  }

  @Test
  void otherSourceNeedsSayingWho() {
    assertThat(
            fields(
                valid(
                    ReferralSource.OTHER,
                    " ",
                    "07700 900001",
                    null,
                    SharingBasis.CONSENT,
                    null,
                    List.of())))
        .containsExactly("referralSourceOther");
    assertThat(
            fields(
                valid(
                    ReferralSource.OTHER,
                    "A housing officer",
                    "07700 900001",
                    null,
                    SharingBasis.CONSENT,
                    null,
                    List.of())))
        .isEmpty();
  }

  @Test
  void theReferrerNeedsAPhoneOrAnEmail() {
    assertThat(
            fields(
                valid(
                    ReferralSource.POLICE, null, "", null, SharingBasis.CONSENT, null, List.of())))
        .containsExactly("referrerPhone");
    assertThat(
            fields(
                valid(
                    ReferralSource.POLICE,
                    null,
                    null,
                    "robin@example.org",
                    SharingBasis.CONSENT,
                    null,
                    List.of())))
        .isEmpty();
  }

  @Test
  void anotherLegalBasisNeedsDescribing() {
    assertThat(
            fields(
                valid(
                    ReferralSource.POLICE,
                    null,
                    "07700 900001",
                    null,
                    SharingBasis.OTHER_LEGAL_BASIS,
                    null,
                    List.of())))
        .containsExactly("sharingBasisDetail");
  }

  @Test
  void partnerProblemsNameThePartnerAndNeverRepeatWhatWasTyped() {
    var partner =
        new NewReferral.Partner(null, "", null, "call me maybe", "not-an-email", null, null);
    List<FieldProblem> problems =
        validation.problems(
            valid(
                ReferralSource.POLICE,
                null,
                "07700 900001",
                null,
                SharingBasis.CONSENT,
                null,
                List.of(partner)));
    assertThat(problems.stream().map(FieldProblem::field))
        .containsExactlyInAnyOrder(
            "partners[0].relationship",
            "partners[0].givenName",
            "partners[0].phone",
            "partners[0].email");
    assertThat(problems)
        .allSatisfy(p -> assertThat(p.message()).doesNotContain("call me maybe", "not-an-email"));
  }

  @Test
  void problemsComeInTheOrderOfTheForm() {
    NewReferral empty =
        new NewReferral(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null);
    List<String> fields = fields(empty);
    assertThat(fields.indexOf("areaId")).isLessThan(fields.indexOf("referrerName"));
    assertThat(fields.indexOf("referrerName")).isLessThan(fields.indexOf("manFamilyName"));
    assertThat(fields.indexOf("manFamilyName")).isLessThan(fields.indexOf("sharingBasis"));
  }

  @Test
  void aFutureReferralDateIsRefused() {
    NewReferral r =
        new NewReferral(
            1L,
            ReferralSource.POLICE,
            null,
            "Robin",
            null,
            "07700 900001",
            null,
            "Reason",
            TestClockConfiguration.CLOCK.today().plusDays(2),
            "Testy",
            "Mctestface",
            null,
            null,
            null,
            null,
            false,
            List.of(),
            List.of(),
            SharingBasis.CONSENT,
            null);
    assertThat(fields(r)).containsExactly("referredOn");
  }

  @Test
  void textTheDatabaseCannotStoreIsRefusedBesideItsField() {
    var partner =
        new NewReferral.Partner(
            PartnerRelationship.CURRENT, "Jo\u0000", null, null, null, null, null);
    assertThat(
            fields(
                valid(
                    ReferralSource.POLICE,
                    null,
                    "07700 900001",
                    null,
                    SharingBasis.CONSENT,
                    null,
                    List.of(partner))))
        .containsExactly("partners[0].givenName");
  }
}
