package org.tandem.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.tandem.access.Areas;
import org.tandem.assessment.AssessmentHistory;
import org.tandem.assessment.Assessments;
import org.tandem.assessment.DisclosedViolence;
import org.tandem.assessment.NewAssessmentSession;
import org.tandem.assessment.PoliceEvidence;
import org.tandem.assessment.Viability;
import org.tandem.assessment.ViabilityDecision;
import org.tandem.assessment.ViabilityReason;
import org.tandem.demo.QuarterSchedule.Fate;
import org.tandem.partnersupport.EqualityMonitoring;
import org.tandem.partnersupport.HerEquality;
import org.tandem.partnersupport.HerEquality.AgeBand;
import org.tandem.partnersupport.HerEquality.Answer;
import org.tandem.partnersupport.HerEquality.Ethnicity;
import org.tandem.partnersupport.HerEquality.Sex;
import org.tandem.partnersupport.HerEquality.SexualOrientation;
import org.tandem.referral.Referrals;
import org.tandem.referral.Triage;
import org.tandem.referral.TriageOutcome;
import org.tandem.risk.DashAnswer;
import org.tandem.risk.NewRiskEvent;
import org.tandem.risk.RiskEventKind;
import org.tandem.risk.RiskManagement;
import org.tandem.risk.RiskPicture;

/**
 * Northmoor's last full quarter as a real service's would read: ten men referred through it,
 * triaged within days, most found appropriate and assessed (with the police evidence the
 * repeat-victimisation figure counts), one not attending and one referred on ({@link
 * QuarterSchedule} says what becomes of each, and when); three of them starting the weekly group
 * ({@link QuarterGroupDemoData}); two of the cases referred to MARAC, and the women on those two
 * have answered the equality monitoring questions. Each step is recorded on the day it happened
 * ({@link ReplayedTime}), as the services date it, so that the quarterly report and the MARAC-style
 * return for that quarter count it: the rest of the demo happens in its last few weeks.
 */
@Component
class LastQuarterDemoData {

  private static final String[] MEN = {
    "Owen Brindlecombe", "Dale Puddifoot", "Barry Wrenshaw", "Stuart Hobblethwaite",
    "Glen Marrowby", "Keith Sorrelby", "Vince Applethorpe", "Terry Gooseberry",
    "Callum Mapleworth", "Reece Kettleborough"
  };

  // Past the men of DemoPeople, so that the partners, numbers and referrers are new ones too.
  private static final int FIRST_PERSON = 40;

  private static final HerEquality ANSWERED_ALL =
      new HerEquality(
          Ethnicity.MIXED,
          Sex.FEMALE,
          Answer.YES,
          SexualOrientation.STRAIGHT,
          Answer.YES,
          AgeBand.AGED_35_TO_44,
          0);
  private static final HerEquality ANSWERED_SOME =
      new HerEquality(
          Ethnicity.WHITE,
          Sex.FEMALE,
          Answer.PREFER_NOT_TO_SAY,
          null,
          Answer.NO,
          AgeBand.AGED_18_TO_24,
          0);

  private final Areas areas;
  private final Referrals referrals;
  private final Assessments assessments;
  private final RiskManagement risk;
  private final EqualityMonitoring equality;
  private final QuarterGroupDemoData group;
  private final UserDetailsService users;

  LastQuarterDemoData(
      Areas areas,
      Referrals referrals,
      Assessments assessments,
      RiskManagement risk,
      EqualityMonitoring equality,
      QuarterGroupDemoData group,
      UserDetailsService users) {
    this.areas = areas;
    this.referrals = referrals;
    this.assessments = assessments;
    this.risk = risk;
    this.equality = equality;
    this.group = group;
    this.users = users;
  }

  /** Signs in as each worker in turn; the caller clears the sign-in. */
  void load(LocalDate today) {
    QuarterSchedule schedule = QuarterSchedule.before(today);
    long northmoor = areas.byCode("NMR").orElseThrow().id();
    Map<Fate, String> cases = new LinkedHashMap<>();
    actingAs("intake");
    for (Fate fate : Fate.values()) {
      int n = fate.ordinal();
      LocalDate on = schedule.referred(n);
      var referral = DemoPeople.referral(FIRST_PERSON + n, MEN[n], northmoor, on);
      ReplayedTime.at(on, LocalTime.of(9, 30), () -> cases.put(fate, referrals.create(referral)));
    }
    cases.forEach((fate, reference) -> triage(reference, fate, schedule));
    actingAs("perpetrator.worker");
    cases.forEach((fate, reference) -> assess(reference, fate, schedule));
    Map<String, LocalDate> suitable = new LinkedHashMap<>();
    cases.forEach(
        (fate, reference) -> {
          if (fate.inGroup()) {
            suitable.put(reference, schedule.seen(fate.ordinal()));
          }
        });
    group.load(schedule, suitable, today);
    actingAs("partner.support");
    herAnswers(cases.get(Fate.HIGH_RISK_ON_HIS_DASH), ANSWERED_ALL);
    herAnswers(cases.get(Fate.REFERRED_TO_MARAC), ANSWERED_SOME);
  }

  private void triage(String reference, Fate fate, QuarterSchedule schedule) {
    int n = fate.ordinal();
    TriageOutcome outcome = fate.triage();
    Triage triage =
        new Triage(
            outcome,
            outcome == TriageOutcome.INAPPROPRIATE_REFERRED_ON
                ? "Invented mental-health service"
                : null,
            null,
            outcome == TriageOutcome.APPROPRIATE_FOR_ASSESSMENT ? schedule.seen(n) : null,
            0);
    ReplayedTime.at(
        schedule.triaged(n), LocalTime.of(11, 0), () -> referrals.triage(reference, triage));
  }

  /** His assessment, and the MARAC referral that follows it where the risk calls for one. */
  private void assess(String reference, Fate fate, QuarterSchedule schedule) {
    if (!fate.seen()) {
      return;
    }
    int n = fate.ordinal();
    LocalDate seen = schedule.seen(n);
    ReplayedTime.at(
        seen,
        LocalTime.of(14, 0),
        () -> {
          assessments.addSession(reference, new NewAssessmentSession(seen, 120, false));
          assessments.recordHistory(reference, history(n, version(reference)));
          if (fate == Fate.HIGH_RISK_ON_HIS_DASH) {
            // Visible high risk: the case becomes high risk and a MARAC referral falls due.
            assessments.recordDash(
                reference,
                highRisk(),
                "Invented: escalating; she is frightened.",
                version(reference));
          } else if (fate == Fate.REFERRED_TO_MARAC) {
            risk.referOnProfessionalJudgement(
                reference, "Invented: threats to kill reported by the police last week.");
          }
          decide(reference, fate);
        });
    if (fate == Fate.REFERRED_TO_MARAC) {
      // Once more after his assessment: an incident during the intervention, as a real quarter has.
      LocalDate calledOut = schedule.policeCalledOut(n);
      ReplayedTime.at(
          calledOut,
          LocalTime.of(9, 0),
          () ->
              risk.recordEvent(
                  reference,
                  new NewRiskEvent(
                      RiskEventKind.POLICE_CALL_OUT,
                      calledOut,
                      "Invented: police called to a domestic incident",
                      "Police",
                      false)));
    }
    if (fate.toMarac()) {
      ReplayedTime.at(
          schedule.maracMade(n),
          LocalTime.of(10, 0),
          () -> {
            RiskPicture.MaracReferral due = risk.picture(reference).maracReferrals().get(0);
            risk.recordMaracReferralMade(reference, due.id(), schedule.maracMade(n), due.version());
          });
      ReplayedTime.at(
          schedule.maracMet(n),
          LocalTime.of(16, 0),
          () -> {
            RiskPicture.MaracReferral made = risk.picture(reference).maracReferrals().get(0);
            risk.recordMaracOutcome(
                reference,
                made.id(),
                schedule.maracMet(n),
                "Invented: safety plan agreed; the police to flag the case.",
                made.version());
          });
    }
  }

  private void decide(String reference, Fate fate) {
    ViabilityDecision decision =
        switch (fate) {
          case INDIVIDUAL_WORK ->
              new ViabilityDecision(
                  Viability.INDIVIDUAL_WORK,
                  ViabilityReason.LANGUAGE,
                  "Invented: needs an interpreter; one-to-one work.",
                  version(reference));
          case NOT_ACCEPTABLE_NOW ->
              new ViabilityDecision(
                  Viability.NOT_ACCEPTABLE_NOW,
                  ViabilityReason.DENIAL,
                  "Invented: denies any abuse; to be seen again in three months.",
                  version(reference));
          case IN_ASSESSMENT -> null; // a second session is booked
          default ->
              new ViabilityDecision(
                  Viability.GROUP_PROGRAMME,
                  null,
                  "Invented: suitable for the group.",
                  version(reference));
        };
    if (decision != null) {
      assessments.decide(reference, decision);
    }
  }

  /**
   * What he and the police said of the violence before his assessment: the police evidence that the
   * repeat-victimisation figure starts from.
   */
  private static AssessmentHistory history(int n, int version) {
    return new AssessmentHistory(
        PoliceEvidence.COUNT,
        1 + n % 4,
        DisclosedViolence.values()[1 + n % 3],
        null,
        null,
        null,
        null,
        3,
        3,
        3,
        2,
        3,
        3,
        version);
  }

  private void herAnswers(String reference, HerEquality answers) {
    long her = referrals.detail(reference).partners().get(0).id();
    equality.record(reference, her, answers);
  }

  private int version(String reference) {
    return assessments.find(reference).orElseThrow().version();
  }

  /**
   * A DASH checklist at visible high risk: the first 15 indicators yes, strangulation among them.
   */
  private static Map<Integer, DashAnswer> highRisk() {
    Map<Integer, DashAnswer> answers = new HashMap<>();
    for (int n = 1; n <= 24; n++) {
      answers.put(n, n <= 15 ? DashAnswer.YES : DashAnswer.NO);
    }
    return answers;
  }

  private void actingAs(String username) {
    UserDetails user = users.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }
}
