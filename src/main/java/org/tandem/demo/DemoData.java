package org.tandem.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.access.Accounts;
import org.tandem.access.ApiTokens;
import org.tandem.access.Area;
import org.tandem.access.Areas;
import org.tandem.access.TandemPrincipal;
import org.tandem.assessment.AssessmentHistory;
import org.tandem.assessment.Assessments;
import org.tandem.assessment.DisclosedViolence;
import org.tandem.assessment.NewAssessmentSession;
import org.tandem.assessment.PoliceEvidence;
import org.tandem.assessment.Viability;
import org.tandem.assessment.ViabilityDecision;
import org.tandem.assessment.ViabilityReason;
import org.tandem.calendar.ServiceClock;
import org.tandem.programme.AttendanceMark;
import org.tandem.programme.Enrolments;
import org.tandem.programme.GroupSessions;
import org.tandem.programme.Groups;
import org.tandem.programme.NewGroup;
import org.tandem.programme.NewGroupSession;
import org.tandem.programme.SessionMark;
import org.tandem.programme.SessionSheet;
import org.tandem.referral.CaseClosure;
import org.tandem.referral.CaseClosures;
import org.tandem.referral.ClosureReason;
import org.tandem.referral.Referrals;
import org.tandem.referral.Triage;
import org.tandem.referral.TriageOutcome;
import org.tandem.risk.DashAnswer;
import org.tandem.risk.NewRiskEvent;
import org.tandem.risk.RiskEventKind;
import org.tandem.risk.RiskManagement;
import org.tandem.web.WhereToOpen;

/**
 * Invented demo data: two areas, a user for every role and about forty cases across the journey
 * (the people are {@link DemoPeople}; Northmoor's last full quarter is {@link
 * LastQuarterDemoData}). Loaded once, into an empty database, when Tandem runs on its embedded
 * database or when TANDEM_DEMO=true; never otherwise. Every person, phone number (from the 07700
 * 900xxx range kept for drama) and street (obviously fictional) is made up.
 */
@Component
class DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final Accounts accounts;
  private final Areas areas;
  private final ApiTokens tokens;
  private final SecondFactorDemoData secondFactorDemo;
  private final Referrals referrals;
  private final Assessments assessments;
  private final RiskManagement risk;
  private final Groups groups;
  private final Enrolments enrolments;
  private final CaseClosures closures;
  private final GroupSessions sessions;
  private final WomensGroupDemoData womensGroup;
  private final ChildrenDemoData childrenDemo;
  private final EvaluationDemoData evaluationDemo;
  private final JourneyDemoData journeyDemo;
  private final HerDashDemoData herDash;
  private final UserDetailsService users;
  private final TransactionTemplate transaction;
  private final ServiceClock clock;
  private final boolean wanted;

  DemoData(
      Accounts accounts,
      Areas areas,
      ApiTokens tokens,
      SecondFactorDemoData secondFactorDemo,
      Referrals referrals,
      Assessments assessments,
      RiskManagement risk,
      Groups groups,
      Enrolments enrolments,
      CaseClosures closures,
      GroupSessions sessions,
      WomensGroupDemoData womensGroup,
      ChildrenDemoData childrenDemo,
      EvaluationDemoData evaluationDemo,
      JourneyDemoData journeyDemo,
      HerDashDemoData herDash,
      UserDetailsService users,
      TransactionTemplate transaction,
      ServiceClock clock,
      @Value("${tandem.db.url:}") String externalUrl,
      @Value("${tandem.demo:}") String demoSetting) {
    this.accounts = accounts;
    this.areas = areas;
    this.tokens = tokens;
    this.secondFactorDemo = secondFactorDemo;
    this.referrals = referrals;
    this.assessments = assessments;
    this.risk = risk;
    this.groups = groups;
    this.enrolments = enrolments;
    this.closures = closures;
    this.sessions = sessions;
    this.womensGroup = womensGroup;
    this.childrenDemo = childrenDemo;
    this.evaluationDemo = evaluationDemo;
    this.journeyDemo = journeyDemo;
    this.herDash = herDash;
    this.users = users;
    this.transaction = transaction;
    this.clock = clock;
    this.wanted = DemoSwitch.wanted(externalUrl, demoSetting);
  }

  @EventListener
  void loadOnFirstStart(ApplicationReadyEvent ready) {
    if (!wanted || accounts.anyUsers()) {
      return;
    }
    transaction.executeWithoutResult(status -> load());
    printSignIns(WhereToOpen.url(ready.getApplicationContext()));
  }

  private void load() {
    Area northmoor = areas.create("NMR", "Northmoor", null);
    Area eastwick = areas.create("EWV", "Eastwick Vale", null);
    areas.recordPopulation(northmoor.id(), 231_400, 90_850, "Invented for the demo");
    areas.recordPopulation(eastwick.id(), 164_200, 65_120, "Invented for the demo");
    Map<String, Long> teams =
        Map.of(
            "NORTHMOOR", accounts.createTeam("Northmoor team", List.of(northmoor.id())),
            "EASTWICK", accounts.createTeam("Eastwick Vale team", List.of(eastwick.id())),
            "ALL",
                accounts.createTeam("Service management", List.of(northmoor.id(), eastwick.id())));
    for (DemoUsers.DemoUser u : DemoUsers.ALL) {
      long id =
          accounts.createUser(
              u.username(),
              u.displayName(),
              u.password(),
              u.team() == null ? null : teams.get(u.team()),
              List.of(u.role()),
              u.email());
      tokens.store(id, "Demo token", u.token());
    }
    secondFactorDemo.load();
    LocalDate today = clock.today();
    actingAs("intake");
    List<String> northmoorCases = new ArrayList<>();
    for (int i = 0; i < 18; i++) {
      northmoorCases.add(referrals.create(DemoPeople.referral(i, northmoor.id(), today)));
    }
    actingAs("manager");
    List<String> eastwickCases = new ArrayList<>();
    for (int i = 18; i < DemoPeople.COUNT; i++) {
      eastwickCases.add(referrals.create(DemoPeople.referral(i, eastwick.id(), today)));
    }
    triage(northmoorCases, today);
    triage(eastwickCases, today);
    assessmentsAndRisk(northmoorCases, today);
    womensGroup.load(today);
    childrenDemo.load(northmoorCases, today);
    evaluationDemo.load(northmoorCases, today);
    journeyDemo.load(northmoorCases, eastwickCases, today);
    herDash.load(northmoorCases, today);
    SecurityContextHolder.clearContext();
  }

  /**
   * A few assessed cases: one high risk on its DASH with a MARAC referral due, one escalating on
   * police call-outs, one at standard risk; workers allocated to some.
   */
  private void assessmentsAndRisk(List<String> references, LocalDate today) {
    actingAs("manager");
    long perpetratorWorker = userId("perpetrator.worker");
    long partnerSupport = userId("partner.support");
    for (int i = 6; i < 12; i++) {
      referrals.allocate(references.get(i), perpetratorWorker, partnerSupport);
    }
    actingAs("perpetrator.worker");
    String highRisk = references.get(6);
    assessments.addSession(highRisk, new NewAssessmentSession(today.minusDays(6), 150, false));
    assessments.addSession(highRisk, new NewAssessmentSession(today.minusDays(2), 120, false));
    assessments.recordHistory(
        highRisk,
        new AssessmentHistory(
            PoliceEvidence.AT_LEAST,
            4,
            DisclosedViolence.FIVE_TO_TEN,
            "None known outside the relationship",
            "Drinks heavily at weekends",
            "The children have seen incidents in the home",
            "A previous partner was also abused",
            4,
            4,
            5,
            3,
            2,
            2,
            0));
    assessments.recordDash(
        highRisk, dash(15, true), "Escalating; the incidents are frightening.", 1);
    assessments.decide(
        highRisk,
        new ViabilityDecision(
            Viability.GROUP_PROGRAMME,
            null,
            "Accepts some responsibility; suitable for the group.",
            2));

    String standard = references.get(8);
    assessments.addSession(standard, new NewAssessmentSession(today.minusDays(4), 180, true));
    assessments.recordDash(standard, dash(6, false), null, 0);

    String escalating = references.get(9);
    for (int months : new int[] {1, 4, 9}) {
      risk.recordEvent(
          escalating,
          new NewRiskEvent(
              RiskEventKind.POLICE_CALL_OUT,
              today.minusMonths(months),
              "Police called to a domestic incident",
              "Police",
              true));
    }
    programme(references, today);
    notReadyAndClosed(references, today);
    actingAs("partner.support");
    risk.recordEvent(
        references.get(11),
        new NewRiskEvent(
            RiskEventKind.PARTNER_REPORT,
            today.minusDays(1),
            "Reports he has used the programme's language to criticise her",
            "Partner support",
            true));
  }

  /**
   * A rolling group in Northmoor that has run for six weeks and takes new men tonight: four of the
   * assessed men join at tonight's intake and tonight's session is recorded.
   */
  private void programme(List<String> references, LocalDate today) {
    actingAs("manager");
    Area northmoor = areas.byCode("NMR").orElseThrow();
    long group =
        groups.create(
            new NewGroup(
                northmoor.id(),
                "Northmoor evening group",
                false,
                12,
                6,
                today.minusWeeks(6),
                LocalTime.of(18, 30),
                "Invented Community Centre, 3 Fictional Road",
                "Tom Quillfeather and an invented co-facilitator",
                3));
    actingAs("perpetrator.worker");
    for (int i : new int[] {8, 9, 11}) {
      foundSuitable(references.get(i), today.minusDays(3 + i % 3));
    }
    List<Long> places = new ArrayList<>();
    for (int i : new int[] {6, 8, 9, 11}) {
      places.add(enrolments.enrol(references.get(i), group, false));
    }
    SessionSheet sheet = sessions.sheet(group, today);
    List<SessionMark> marks = new ArrayList<>();
    for (int i = 0; i < places.size(); i++) {
      AttendanceMark mark = i == 2 ? AttendanceMark.ABSENT_WITHOUT_REASON : AttendanceMark.ATTENDED;
      marks.add(new SessionMark(places.get(i), mark, null, false, null, 3, 3, 2, null));
    }
    sessions.record(
        group,
        new NewGroupSession(today, sheet.nextSession().id(), "Invented facilitators", marks));
  }

  /**
   * So that a newcomer sees the whole journey: one man assessed as suitable but not ready (he
   * denies the abuse), and one case closed when the man did not return.
   */
  private void notReadyAndClosed(List<String> references, LocalDate today) {
    actingAs("perpetrator.worker");
    String notReady = references.get(13);
    assessments.addSession(notReady, new NewAssessmentSession(today.minusDays(5), 90, false));
    assessments.decide(
        notReady,
        new ViabilityDecision(
            Viability.NOT_ACCEPTABLE_NOW,
            ViabilityReason.DENIAL,
            "Invented: denies any abuse; to be seen again in three months.",
            assessments.find(notReady).orElseThrow().version()));
    closures.close(
        references.get(10),
        new CaseClosure(
            ClosureReason.DID_NOT_RETURN,
            today.minusDays(1),
            "Invented: no reply to three letters"));
  }

  /**
   * An assessment session and a decision of suitable for the group, so that he may have a place.
   */
  private void foundSuitable(String reference, LocalDate heldOn) {
    assessments.addSession(reference, new NewAssessmentSession(heldOn, 120, false));
    int version = assessments.find(reference).orElseThrow().version();
    assessments.decide(
        reference,
        new ViabilityDecision(
            Viability.GROUP_PROGRAMME, null, "Invented: suitable for the group.", version));
  }

  /** A complete DASH checklist: the first {@code yes} indicators yes, strangulation if asked. */
  private static Map<Integer, DashAnswer> dash(int yes, boolean strangulation) {
    Map<Integer, DashAnswer> answers = new HashMap<>();
    for (int n = 1; n <= 24; n++) {
      answers.put(n, n <= yes ? DashAnswer.YES : (n == 20 ? DashAnswer.NOT_KNOWN : DashAnswer.NO));
    }
    if (strangulation) {
      answers.put(15, DashAnswer.YES);
    }
    return answers;
  }

  private long userId(String username) {
    return ((TandemPrincipal) users.loadUserByUsername(username)).user().id();
  }

  /**
   * Two thirds of the cases are triaged: most found appropriate, some booked, a few referred on or
   * not attending. The first third in the list (the earliest references) is left awaiting triage,
   * for intake's queue; later demo steps pick cases by these positions.
   */
  private void triage(List<String> references, LocalDate today) {
    for (int i = 0; i < references.size(); i++) {
      TriageOutcome outcome;
      if (i < references.size() / 3) {
        continue; // the first third: still awaiting triage
      } else if (i % 7 == 0) {
        outcome = TriageOutcome.INAPPROPRIATE_REFERRED_ON;
      } else if (i % 5 == 0) {
        outcome = TriageOutcome.DID_NOT_ATTEND;
      } else {
        outcome = TriageOutcome.APPROPRIATE_FOR_ASSESSMENT;
      }
      LocalDate appointment =
          outcome == TriageOutcome.APPROPRIATE_FOR_ASSESSMENT && i % 2 == 0
              ? today.minusDays(i % 4)
              : null;
      referrals.triage(
          references.get(i),
          new Triage(
              outcome,
              outcome == TriageOutcome.INAPPROPRIATE_REFERRED_ON
                  ? "Local substance-misuse service"
                  : null,
              null,
              appointment,
              0));
    }
  }

  private void actingAs(String username) {
    UserDetails user = users.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }

  private void printSignIns(String url) {
    StringBuilder table =
        new StringBuilder("\n\nTandem demo data loaded. Demo sign-ins (all invented):\n");
    for (DemoUsers.DemoUser u : DemoUsers.ALL) {
      table.append(
          String.format(
              "  %-24s %-20s password %s  API token %s%n",
              u.role(), u.username(), u.password(), u.token()));
    }
    table.append("Open ").append(url).append(" and sign in.\n");
    log.info(table.toString());
  }
}
