package org.tandem.referrer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.referral.NewReferral;

/**
 * A referrer's referral is intake's without who referred: every other field of intake's, with
 * intake's rules, so that what the API describes to a referrer is what {@link NewReferral} then
 * checks, and a field added to intake's referral is either offered to referrers or named as theirs
 * from the account, never silently refused.
 */
class ReferrerReferralTest {

  @Test
  void itHasEveryFieldOfIntakesReferralButWhoReferred() {
    List<String> intakes = names(NewReferral.class);
    List<String> expected = new ArrayList<>(intakes);
    expected.removeAll(ReferralBody.FROM_THE_ACCOUNT.keySet());

    assertThat(intakes).containsAll(ReferralBody.FROM_THE_ACCOUNT.keySet());
    assertThat(names(ReferrerReferral.class)).containsExactlyElementsOf(expected);
  }

  @Test
  void eachFieldHasIntakesTypeAndRules() throws NoSuchFieldException {
    for (String name : names(ReferrerReferral.class)) {
      Field theirs = ReferrerReferral.class.getDeclaredField(name);
      Field intakes = NewReferral.class.getDeclaredField(name);
      assertThat(theirs.getAnnotatedType().toString())
          .as("%s's type, with the rules on its rows", name)
          .isEqualTo(intakes.getAnnotatedType().toString());
      assertThat(theirs.getDeclaredAnnotations())
          .as("%s's rules", name)
          .containsExactlyInAnyOrder(intakes.getDeclaredAnnotations());
    }
  }

  private static List<String> names(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
  }
}
