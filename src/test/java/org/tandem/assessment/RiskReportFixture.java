package org.tandem.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.tandem.TestClockConfiguration;
import org.tandem.TestData;
import org.tandem.risk.DashAnswer;

/**
 * A case for the report tests: a referral whose partner has a unique marker in every field behind
 * the wall, and his assessment recorded through {@link Assessments} as a perpetrator worker would
 * record it. Everything here is invented.
 */
public final class RiskReportFixture {

  public static final String OTHER_VIOLENCE = "An invented fight outside a bowling alley in 2019";
  public static final String CHILDREN_EXPOSURE =
      "Invented: the children were in the house during two of the call-outs";
  public static final String JUDGEMENT = "Invented judgement: the risk is escalating";
  public static final String VIABILITY_NOTES = "Invented: he denies any violence at all";

  /** The DASH indicators answered yes: fourteen, with strangulation (15) among them. */
  public static final List<Integer> YES = List.of(1, 2, 3, 4, 6, 7, 8, 10, 11, 12, 13, 14, 15, 18);

  private RiskReportFixture() {}

  /** A referral's JSON and what was planted behind the wall in it. */
  public record PlantedReferral(String json, Map<String, String> needles) {}

  /**
   * A referral in the area naming one partner whose given name, family name, phone, email, address
   * and safe contact times each hold a marker. The needles are what must never be found outside the
   * wall, compared without regard to case.
   */
  public static PlantedReferral plantedReferral(long areaId) {
    Map<String, String> needles = new LinkedHashMap<>();
    String given = TestData.marker("given");
    String family = TestData.marker("family");
    // Digits only, so that the phone is valid; +000 is no country's code, so it is invented.
    String digits =
        String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
    String email = TestData.marker("email").toLowerCase(Locale.ROOT);
    String address = TestData.marker("address");
    String times = TestData.marker("times");
    needles.put("given name", given);
    needles.put("family name", family);
    needles.put("phone", digits);
    needles.put("email", email);
    needles.put("address", address);
    needles.put("safe contact times", times);
    String json =
        TestData.referralJson(
            areaId,
            given,
            family,
            "+000 " + digits,
            email + "@example.org",
            address + " Imaginary Lane, Fictionton",
            times + " on weekday mornings");
    return new PlantedReferral(json, needles);
  }

  /**
   * Records his assessment as perpetrator.worker: two sessions, his history and dynamic factors,
   * fourteen DASH indicators answered yes (so the case becomes high risk) and the viability
   * decision.
   */
  public static void recordAssessment(
      Assessments assessments, UserDetailsService users, String reference) {
    recordAssessment(assessments, users, reference, "perpetrator.worker");
  }

  /** Records his assessment, as above, as this perpetrator worker. */
  public static void recordAssessment(
      Assessments assessments, UserDetailsService users, String reference, String username) {
    UserDetails worker = users.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                worker, null, worker.getAuthorities()));
    try {
      LocalDate today = TestClockConfiguration.CLOCK.today();
      assessments.addSession(reference, new NewAssessmentSession(today.minusDays(7), 120, false));
      assessments.addSession(reference, new NewAssessmentSession(today.minusDays(2), 90, false));
      int version = assessments.find(reference).orElseThrow().version();
      assessments.recordHistory(
          reference,
          new AssessmentHistory(
              PoliceEvidence.AT_LEAST,
              4,
              DisclosedViolence.FIVE_TO_TEN,
              OTHER_VIOLENCE,
              "Invented: drinks heavily at weekends",
              CHILDREN_EXPOSURE,
              "Invented: a previous conviction for assault",
              4,
              3,
              5,
              2,
              2,
              3,
              version));
      Map<Integer, DashAnswer> answers = new LinkedHashMap<>();
      for (int n = 1; n <= 24; n++) {
        answers.put(n, YES.contains(n) ? DashAnswer.YES : DashAnswer.NO);
      }
      version = assessments.find(reference).orElseThrow().version();
      assessments.recordDash(reference, answers, JUDGEMENT, version);
      version = assessments.find(reference).orElseThrow().version();
      assessments.decide(
          reference,
          new ViabilityDecision(
              Viability.NOT_ACCEPTABLE_NOW, ViabilityReason.DENIAL, VIABILITY_NOTES, version));
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /** The text of a PDF, with every run of white space made one space. */
  public static String pdfText(byte[] pdf) {
    assertThat(
            new String(pdf, 0, Math.min(pdf.length, 5), java.nio.charset.StandardCharsets.US_ASCII))
        .as("a PDF file")
        .isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Fails if any needle appears in the text, naming which and where. */
  public static void assertNoNeedles(Map<String, String> needles, String text, String where) {
    String lower = text.toLowerCase(Locale.ROOT);
    needles.forEach(
        (what, needle) ->
            assertThat(lower)
                .as("her %s must not appear in %s", what, where)
                .doesNotContain(needle.toLowerCase(Locale.ROOT)));
  }
}
