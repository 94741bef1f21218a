package org.tandem.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Why his case moved, as the case page says it: the service's words in the reader's language, a
 * worker's own words after them exactly as typed, and a reason it does not know as it was stored.
 */
class JourneyReasonsTest {

  private final JourneyReasons reasons = new JourneyReasons(new ReferralWords(bundle()));

  @AfterEach
  void backToEnglish() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void inWelshTheServicesWordsAreWelshAndAWorkersStayAsTyped() {
    LocaleContextHolder.setLocale(Locale.forLanguageTag("cy"));
    assertThat(reasons.say("Referred")).isEqualTo("Atgyfeiriwyd");
    assertThat(reasons.say("Triage")).isEqualTo("Brysbennu");
    assertThat(reasons.say("First assessment session")).isEqualTo("Sesiwn asesu gyntaf");
    assertThat(reasons.say("Treatment-viability decision: not acceptable now"))
        .isEqualTo("Penderfyniad ar hyfywedd triniaeth: nid yw'n dderbyniol nawr");
    assertThat(reasons.say("Reopened: he asked to come back {0} 'now'"))
        .isEqualTo("Ailagorwyd: he asked to come back {0} 'now'");
    assertThat(reasons.say("The service is no longer involved: moved away"))
        .isEqualTo("Nid yw'r gwasanaeth yn ymwneud mwyach: moved away");
    assertThat(reasons.say("Something recorded long ago: as it was"))
        .isEqualTo("Something recorded long ago: as it was");
    assertThat(reasons.say(null)).isNull();
  }

  @Test
  void inEnglishEachReasonReadsAsItWasStored() {
    LocaleContextHolder.setLocale(Locale.UK);
    for (String stored :
        new String[] {
          "Referred",
          "Triage",
          "First assessment session",
          "Treatment-viability decision: the group programme",
          "Programme: attending to completed, finished well",
          "Reopened: he asked to come back",
          "The service is no longer involved: moved away"
        }) {
      assertThat(reasons.say(stored)).isEqualTo(stored);
    }
  }

  private static ResourceBundleMessageSource bundle() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("messages-referral");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }
}
