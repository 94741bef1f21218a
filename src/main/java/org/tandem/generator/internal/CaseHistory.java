package org.tandem.generator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * One family's case from referral to where it stands at the end of the history: the referral and
 * triage, his assessment with its DASH answers and viability decision, the report to the referrer,
 * his place on a group, the family's risk, then the women and children. Proportions are in
 * docs/generator.md.
 */
public final class CaseHistory {

  private static final String[] SOURCES = {
    "CHILDRENS_SERVICES",
    "CAFCASS_FAMILY_COURT",
    "POLICE",
    "PROBATION",
    "MARAC",
    "HEALTH_GP",
    "RELATE",
    "SUBSTANCE_MISUSE_SERVICE",
    "MENTAL_HEALTH_SERVICE",
    "VICTIM_SERVICE",
    "SELF_REFERRAL"
  };
  private static final double[] SOURCE_WEIGHTS = {
    0.65, 0.08, 0.05, 0.03, 0.03, 0.02, 0.01, 0.02, 0.01, 0.02, 0.08
  };
  private static final String[] TRIAGE = {
    "APPROPRIATE_FOR_ASSESSMENT", "DID_NOT_ATTEND", "INAPPROPRIATE_REFERRED_ON"
  };
  private static final double[] TRIAGE_WEIGHTS = {0.72, 0.15, 0.13};
  private static final String[] VIABILITY = {
    "GROUP_PROGRAMME", "INDIVIDUAL_WORK", "NOT_ACCEPTABLE_NOW", "NOT_REALISTIC"
  };
  private static final double[] VIABILITY_WEIGHTS = {0.80, 0.05, 0.09, 0.06};
  private static final String[] BANDS = {
    "NONE", "ONE_TO_FOUR", "FIVE_TO_TEN", "TEN_TO_FIFTEEN", "FIFTEEN_TO_TWENTY", "OVER_TWENTY"
  };
  private static final double[] BAND_WEIGHTS = {0.10, 0.30, 0.25, 0.12, 0.08, 0.15};
  private static final String[] LANGUAGES = {"English", "Polish", "Urdu", "Bengali", "Romanian"};
  private static final double[] LANGUAGE_WEIGHTS = {0.85, 0.05, 0.04, 0.03, 0.03};
  private final GroupPlace groups;
  private final HerSupport herSupport;
  private final ChildrensWork childrensWork;

  CaseHistory(GroupPlace groups, WomensGroups womensGroups) {
    this.groups = groups;
    this.herSupport = new HerSupport(womensGroups);
    this.childrensWork = new ChildrensWork();
  }

  /** Makes one family: his case, his partners and their children. */
  public void family(
      SplittableRandom r, Tables t, Place place, String reference, LocalDate start, LocalDate end) {
    long referralId = t.referral.nextId();
    Journey j = new Journey(r, t, place, referralId, reference, end);
    int span = (int) java.time.temporal.ChronoUnit.DAYS.between(start, end);
    LocalDate referredOn = start.plusDays(r.nextInt(span + 1));
    String source = Odds.weighted(r, SOURCES, SOURCE_WEIGHTS);
    Instant created = Odds.during(r, referredOn);
    j.move("AWAITING_TRIAGE", referredOn, "Referred", place.intake());
    j.audit(created, place.intake(), "CREATE", "referral");

    String triage = null;
    Instant triagedAt = null;
    LocalDate firstAppointment = null;
    Assessed assessed = null;
    LocalDate triageOn = referredOn.plusDays(Odds.between(r, 2, 15));
    if (j.happened(triageOn)) {
      triage = Odds.weighted(r, TRIAGE, TRIAGE_WEIGHTS);
      triagedAt = Odds.during(r, triageOn);
      j.reads(triageOn, place.intake(), "case", 1 + r.nextInt(3));
      j.move(statusAfter(triage), triageOn, "Triage", place.intake());
      if (triage.equals("APPROPRIATE_FOR_ASSESSMENT")) {
        LocalDate appointment = triageOn.plusDays(Odds.between(r, 5, 40));
        if (j.happened(appointment)) {
          firstAppointment = appointment;
          assessed = assess(j, source, appointment);
        }
      } else {
        LocalDate closed = triageOn.plusDays(Odds.between(r, 14, 60));
        if (j.happened(closed)) {
          j.close(
              closed, triage.equals("DID_NOT_ATTEND") ? "DID_NOT_RETURN" : "REFERRED_ELSEWHERE");
        }
      }
    }
    if (assessed != null) {
      afterDecision(j, assessed);
    }
    RiskWork.events(j, referredOn);
    RiskWork.reviews(j);
    j.weeklyReads(referredOn);

    String sharing = sharingBasis(r, source);
    String language = Odds.weighted(r, LANGUAGES, LANGUAGE_WEIGHTS);
    t.referral.row(
        referralId,
        place.id(),
        reference,
        j.status(),
        source,
        Invented.herName(r) + " " + Invented.familyName(r),
        referrerOrganisation(source, place),
        Invented.phone(r),
        "Domestic abuse in the family; the referrer asks for a risk assessment of him.",
        referredOn,
        Invented.hisName(r),
        Invented.familyName(r),
        referredOn.minusYears(Odds.between(r, 19, 60)).minusDays(r.nextInt(365)),
        Invented.phone(r),
        Invented.address(r, place.name()),
        language,
        !language.equals("English") && Odds.chance(r, 0.6),
        sharing,
        triage,
        "INAPPROPRIATE_REFERRED_ON".equals(triage) ? "A service nearer his home" : null,
        triagedAt,
        triagedAt == null ? null : place.intake(),
        firstAppointment,
        created,
        place.intake(),
        j.riskLevel,
        j.riskLevelChangedAt,
        j.riskLevelReason,
        j.riskReviewDueOn,
        null,
        null,
        null);
    int partners = herSupport.partners(j, referredOn, assessed == null ? 0 : assessed.score);
    childrensWork.children(j, referredOn, source, partners);
  }

  private static String statusAfter(String triage) {
    switch (triage) {
      case "APPROPRIATE_FOR_ASSESSMENT":
        return "AWAITING_ASSESSMENT";
      case "DID_NOT_ATTEND":
        return "DID_NOT_ATTEND";
      default:
        return "REFERRED_ON";
    }
  }

  /** What the assessment found, for what follows it. */
  private record Assessed(String viability, LocalDate decidedOn, int score) {}

  private Assessed assess(Journey j, String source, LocalDate first) {
    SplittableRandom r = j.r;
    Tables t = j.t;
    String worker = j.place.perpetratorWorker();
    long id = t.assessment.nextId();
    j.move("IN_ASSESSMENT", first, "First assessment session", worker);
    int sessions = Odds.between(r, 2, 4);
    LocalDate day = first;
    boolean interpreter = Odds.chance(r, 0.05);
    for (int s = 0; s < sessions && j.happened(day); s++) {
      Instant at = Odds.during(r, day);
      t.assessmentSession.row(
          t.assessmentSession.nextId(),
          id,
          day,
          Odds.between(r, 60, 150),
          worker,
          interpreter,
          at,
          worker);
      j.audit(at, worker, "CREATE", "assessment session");
      j.reads(day, worker, "case", 2);
      day = day.plusDays(Odds.between(r, 6, 10));
    }
    // Severity drives the DASH answers: most cases are medium, about one in six reach 14.
    double severity = Math.pow(r.nextDouble(), 1.8);
    double yes = 0.12 + 0.62 * severity;
    int score = 0;
    for (int n = 1; n <= 24; n++) {
      double x = r.nextDouble();
      String answer = x < yes ? "YES" : x < yes + 0.1 ? "NOT_KNOWN" : "NO";
      if (answer.equals("YES")) {
        score++;
      }
      t.dashAnswer.row(id, n, answer);
    }
    LocalDate decidedOn = day.plusDays(Odds.between(r, 0, 7));
    boolean decided = j.happened(decidedOn);
    String viability = decided ? Odds.weighted(r, VIABILITY, VIABILITY_WEIGHTS) : null;
    Instant decidedAt = decided ? Odds.during(r, decidedOn) : null;
    String police =
        Odds.weighted(
            r, new String[] {"COUNT", "AT_LEAST", "UNCLEAR"}, new double[] {0.6, 0.25, 0.15});
    t.assessment.row(
        id,
        j.referralId,
        police,
        police.equals("UNCLEAR") ? null : Odds.between(r, 0, 12),
        Odds.weighted(r, BANDS, BAND_WEIGHTS),
        Odds.rating(r, 3.2),
        Odds.rating(r, 3.4),
        Odds.rating(r, 3.3),
        Odds.rating(r, 2.6),
        Odds.rating(r, 2.5),
        Odds.rating(r, 3),
        viability,
        reasonFor(r, viability),
        decidedAt,
        decidedAt == null ? null : worker,
        Odds.during(r, first),
        worker);
    if (score >= 14) {
      RiskWork.marac(j, "VISIBLE_HIGH_RISK", first, "DASH score of " + score + " (14 or more)");
    }
    if (!decided) {
      return null;
    }
    if (score >= 10 && score < 14) {
      j.riskLevel("MEDIUM", decidedAt, "DASH score " + score);
    }
    j.move(statusAfterDecision(viability), decidedOn, "Treatment-viability decision", worker);
    if (source.equals("CHILDRENS_SERVICES") && Odds.chance(r, 0.5)) {
      LocalDate reportOn = decidedOn.plusDays(Odds.between(r, 3, 14));
      if (j.happened(reportOn)) {
        Instant at = Odds.during(r, reportOn);
        t.riskReport.row(
            t.riskReport.nextId(),
            j.referralId,
            "RISK_IDENTIFICATION",
            null,
            "Contact with the children only when supervised until the programme's review.",
            "A social worker to visit the family monthly.",
            viability.equals("GROUP_PROGRAMME") ? "Attend the group programme." : "None.",
            Odds.between(r, 240, 1080),
            at,
            worker);
        j.audit(at, worker, "CREATE", "risk identification report");
        j.reportsToReferrer = true;
        Referrers.evaluation(j, reportOn);
      }
    }
    return new Assessed(viability, decidedOn, score);
  }

  private static String statusAfterDecision(String viability) {
    switch (viability) {
      case "NOT_ACCEPTABLE_NOW":
        return "ASSESSED_NOT_READY";
      case "NOT_REALISTIC":
        return "ASSESSED_NOT_SUITABLE";
      default:
        return "ASSESSED_SUITABLE";
    }
  }

  private static String reasonFor(SplittableRandom r, String viability) {
    if (viability == null || viability.equals("GROUP_PROGRAMME")) {
      return null;
    }
    if (viability.equals("INDIVIDUAL_WORK")) {
      return Odds.weighted(
          r, new String[] {"LANGUAGE", "DISABILITY", "OTHER"}, new double[] {0.5, 0.3, 0.2});
    }
    return Odds.weighted(
        r, new String[] {"DENIAL", "HOSTILITY", "OTHER"}, new double[] {0.55, 0.3, 0.15});
  }

  private void afterDecision(Journey j, Assessed a) {
    SplittableRandom r = j.r;
    switch (a.viability) {
      case "GROUP_PROGRAMME":
        groups.place(j, a.decidedOn);
        break;
      case "INDIVIDUAL_WORK":
        LocalDate done = a.decidedOn.plusDays(Odds.between(r, 90, 200));
        if (j.happened(done)) {
          j.close(done, "COMPLETED");
        }
        break;
      case "NOT_ACCEPTABLE_NOW":
        // Half the men not ready at assessment are seen again some months on and offered a place.
        LocalDate again = a.decidedOn.plusDays(Odds.between(r, 90, 180));
        if (Odds.chance(r, 0.5) && j.happened(again)) {
          groups.place(j, again);
          break;
        }
        closeNotSuitable(j, a);
        break;
      default:
        closeNotSuitable(j, a);
    }
  }

  private static void closeNotSuitable(Journey j, Assessed a) {
    LocalDate closed = a.decidedOn.plusDays(Odds.between(j.r, 20, 90));
    if (j.happened(closed)) {
      j.close(closed, "NOT_SUITABLE");
    }
  }

  private static String sharingBasis(SplittableRandom r, String source) {
    switch (source) {
      case "CHILDRENS_SERVICES":
        return Odds.chance(r, 0.6) ? "CHILD_PROTECTION" : "CONSENT";
      case "CAFCASS_FAMILY_COURT":
        return "COURT_ORDER";
      case "POLICE":
      case "PROBATION":
      case "MARAC":
        return "CRIME_PREVENTION";
      default:
        return "CONSENT";
    }
  }

  private static String referrerOrganisation(String source, Place place) {
    return source.equals("SELF_REFERRAL")
        ? null
        : place.name() + " " + source.toLowerCase().replace('_', ' ');
  }
}
