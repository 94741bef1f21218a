package org.tandem.outcomes.internal;

import static org.tandem.outcomes.Suppression.average;
import static org.tandem.outcomes.Suppression.count;
import static org.tandem.outcomes.Suppression.over;
import static org.tandem.outcomes.Suppression.percent;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tandem.children.LadderResults;
import org.tandem.evaluation.MeasureResult;
import org.tandem.outcomes.Count;
import org.tandem.outcomes.Demographics;
import org.tandem.outcomes.Funnel;
import org.tandem.outcomes.PartnerSupportFigures;
import org.tandem.outcomes.RepeatVictimisation;
import org.tandem.outcomes.WaitingTimes;
import org.tandem.outcomes.internal.AreaReport.Line;
import org.tandem.outcomes.internal.AreaReport.Section;
import org.tandem.outcomes.internal.AreaReport.Table;

/**
 * Turns each set of figures into a section of the quarterly report, suppressing as it goes: this is
 * the one place a count becomes text a commissioner can read.
 */
final class AreaReportSections {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private static final String COUNT = "Number";

  /** The funnel as it stood on {@code asAt}: the period's last day, or today while it runs. */
  Section funnel(Funnel f, LocalDate asAt) {
    int all = f.referred();
    List<Line> lines =
        List.of(
            share("Referred", f.referred(), all),
            share("Appropriate for assessment", f.appropriate(), all),
            share("Assessed", f.assessed(), all),
            share("Entered the programme", f.enteredProgramme(), all),
            share("Completed the violence-prevention stage", f.completedStageOne(), all),
            share("Completed 60 hours or more", f.completedSixtyHours(), all),
            share("Still engaged", f.stillEngaged(), all),
            share("Did not attend", f.didNotAttend(), all),
            share("Not acceptable for the programme", f.notAcceptable(), all),
            share("Referred on", f.referredOn(), all),
            share("Individual work", f.individualWork(), all),
            share("Awaiting assessment", f.awaitingAssessment(), all),
            share("Repeat referrals", f.repeatReferrals(), all));
    return new Section(
        "funnel",
        "Referral funnel",
        List.of(
            "Men referred in the quarter, as things stood on "
                + asAt.format(
                    java.time.format.DateTimeFormatter.ofPattern(
                        "d MMMM yyyy", java.util.Locale.UK))
                + "."),
        List.of(
            new Table(
                "funnel-table",
                "Men referred in the quarter",
                true,
                COUNT,
                "% of referred",
                lines)));
  }

  Section partnerSupport(PartnerSupportFigures p) {
    List<Line> lines =
        List.of(
            plain("Partners of men assessed", p.partnersOfAssessedMen()),
            share(
                "Partners engaged after assessment",
                p.engagedAfterAssessment(),
                p.partnersOfAssessedMen()),
            plain("Women supported", p.womenSupported()),
            share(
                "Women supported involved with child protection",
                p.womenWithChildProtection(),
                p.womenSupported()),
            plain("Children of the women supported", p.children()),
            new Line(
                "Average contacts per woman supported",
                average(p.contacts(), p.womenSupported()),
                "",
                null),
            new Line(
                "Average proactive attempts per case",
                average(p.proactiveAttempts(), p.casesWithPartners()),
                "",
                null),
            share("Women in structured groups", p.womenInGroups(), p.womenSupported()));
    return new Section(
        "partner-support",
        "Partner support",
        List.of(
            "Partners of the men referred in the quarter. Nothing here names or describes any woman."),
        List.of(
            new Table("partner-support-table", "Partner support", false, COUNT, "Share", lines)));
  }

  Section repeatVictimisation(RepeatVictimisationFigures.Figure figure) {
    RepeatVictimisation.Result r = figure.result();
    List<Line> lines =
        List.of(
            plain("Cases", r.cases()),
            incidents("Incidents evidenced before assessment", r.preAssessmentIncidents()),
            new Line(
                "Incidents in cases the service is no longer involved with",
                Integer.toString(r.excludedIncidents()),
                "in " + count(r.exclusions().size()) + " cases",
                null),
            incidents("Remaining pre-assessment incidents", r.remainingIncidents()),
            incidents("Incidents during intervention", r.duringIntervention()),
            new Line("Decrease in repeat victimisation", decrease(r), "", null));
    List<Count> kinds = new ArrayList<>();
    for (Map.Entry<CaseLine.ExclusionKind, Long> e : figure.exclusionsByKind().entrySet()) {
      kinds.add(new Count(e.getKey().label(), e.getValue().intValue()));
    }
    // The kinds add up to the excluded cases the figure shows ("in 8 cases").
    List<Line> excluded = new ArrayList<>(Breakdown.countsOnly(kinds, r.exclusions().size()));
    if (excluded.isEmpty()) {
      excluded.add(new Line("No case is excluded", "0", "", null));
    }
    return new Section(
        "repeat-victimisation",
        "Repeat victimisation",
        List.of(
            "Every live case assessed by the end of the quarter. Cases imported from historical"
                + " tables are not counted here: each import is reported as a historical cohort of"
                + " its own.",
            RepeatVictimisationJson.METHOD),
        List.of(
            new Table("repeat-table", "Repeat victimisation", false, "Figure", "", lines),
            new Table(
                "excluded-table", "Cases excluded, by reason", false, "Cases", "", excluded)));
  }

  Section evaluations(
      List<MeasureResult> women,
      List<MeasureResult> mirabal,
      List<MeasureResult> referrers,
      LadderResults ladder) {
    // Safer, the same and less safe add up to the children shown above them.
    List<Line> ladderLines = new ArrayList<>();
    ladderLines.add(plain("Children with a reading before and after", ladder.children()));
    ladderLines.addAll(
        Breakdown.withShares(
            List.of(
                new Count("Feel safer", ladder.rose()),
                new Count("Feel the same", ladder.same()),
                new Count("Feel less safe", ladder.fell())),
            ladder.children()));
    ladderLines.add(
        new Line(
            "Average change on the 1 to 10 ladder",
            over(ladder.averageChange(), ladder.children()),
            "",
            null));
    return new Section(
        "evaluations",
        "Evaluations",
        List.of(
            "Evaluations completed in the quarter. Improved means a rating of 4 or 5 on a 5-point scale where 5 is the best outcome."),
        List.of(
            measures("women-table", "Women's own view, at follow-up", women),
            measures("mirabal-table", "The six Mirabal measures of success", mirabal),
            measures("referrer-table", "Referrers' evaluation", referrers),
            new Table(
                "ladder-table",
                "Children's safety ladder, before and after",
                false,
                COUNT,
                "Share",
                ladderLines)));
  }

  private static Table measures(String id, String caption, List<MeasureResult> results) {
    List<Line> lines = new ArrayList<>();
    for (MeasureResult m : results) {
      lines.add(
          new Line(
              m.label() + " (" + m.point() + ")",
              count(m.answered()) + " answered",
              percent(m.improved(), m.answered()) + " improved",
              null));
    }
    if (lines.isEmpty()) {
      lines.add(new Line("None completed in the quarter", "0", "", null));
    }
    return new Table(id, caption, false, "Answered", "Improved", lines);
  }

  Section demographics(Demographics d) {
    return new Section(
        "demographics",
        "Who was referred",
        List.of("Men referred in the quarter and their children."),
        List.of(
            counts("age-table", "Men's age at referral", d.ageBands(), d.men()),
            counts("source-table", "Who referred", d.referralSources(), d.men()),
            new Table(
                "interpreter-table",
                "Interpreters",
                false,
                COUNT,
                "Share",
                List.of(share("Men who needed an interpreter", d.interpreterNeeded(), d.men()))),
            counts("children-age-table", "Children's ages", d.childrenAgeBands(), d.children())));
  }

  /** Bands or sources that add up to the whole: the men referred, or their children. */
  private static Table counts(String id, String caption, List<Count> counts, int whole) {
    return new Table(id, caption, true, COUNT, "Share", Breakdown.withShares(counts, whole));
  }

  Section waitingTimes(WaitingTimes w) {
    List<Line> men =
        List.of(
            plain("Men seen for a first appointment", w.seen()),
            plain("Men assessed", w.assessed()),
            plain("Men still waiting", w.stillWaiting()));
    List<Line> days =
        List.of(
            days(
                "Median days from referral to first appointment",
                w.medianDaysToFirstAppointment(),
                w.seen()),
            days(
                "Average days from referral to first appointment",
                w.averageDaysToFirstAppointment(),
                w.seen()),
            days(
                "Median days from referral to the assessment decision",
                w.medianDaysToAssessmentDecision(),
                w.assessed()),
            days("Longest wait so far, in days", w.longestCurrentWaitDays(), w.stillWaiting()));
    return new Section(
        "waiting-times",
        "Waiting times",
        List.of("Days count from the date of referral."),
        List.of(
            new Table("waiting-table", "Men seen and waiting", false, COUNT, "", men),
            new Table("waited-table", "How long men waited, in days", true, "Days", "", days)));
  }

  /** The service's clocks: of the people referred in the quarter, how many breached each one. */
  Section clocks(List<ClockFigures.ClockCount> counts, LocalDate asAt) {
    Map<String, String> labels =
        Map.of(
            "HIS_FIRST_ATTEMPT", "First attempt to contact him",
            "HIS_ASSESSMENT", "His assessment",
            "HIS_PROGRAMME_START", "His programme start",
            "HER_FIRST_ATTEMPT", "First attempt to contact her",
            "HER_REACHED", "Reaching her");
    List<Line> lines = new ArrayList<>();
    for (ClockFigures.ClockCount c : counts) {
      lines.add(share(labels.get(c.clock()), c.breached(), c.timed()));
    }
    return new Section(
        "clocks",
        "Clocks breached",
        List.of(
            "Men and women referred in the quarter whose step came later than the service's"
                + " target in working days, or had not come by "
                + asAt.format(DAY)
                + " when the target had passed. Her clocks are counts only."),
        List.of(new Table("clocks-table", "Clocks breached", true, COUNT, "% of timed", lines)));
  }

  /**
   * Days over a group of men, drawn as a bar unless the figure is withheld: a bar would give back a
   * number the report does not show.
   */
  private static Line days(String label, Number days, int men) {
    String shown = over(days, men);
    boolean drawn = days != null && men > 0 && !org.tandem.outcomes.Suppression.isSmall(men);
    return new Line(label, shown, "", drawn ? (int) Math.round(days.doubleValue()) : null);
  }

  /**
   * The decrease is a rate over the cases and the incidents it starts from: withheld, like any
   * rate, when either is small. (The incidents during intervention may be few: that is the outcome
   * sought, and both incident counts are shown in full beside it.)
   */
  private static String decrease(RepeatVictimisation.Result r) {
    if (r.percentDecrease() == null) {
      return "cannot be calculated";
    }
    String shown = over(r.percentDecrease(), r.cases(), r.remainingIncidents());
    return shown.equals(org.tandem.outcomes.Suppression.WITHHELD) ? shown : shown + "%";
  }

  private static Line plain(String label, int n) {
    return new Line(label, count(n), "", chartable(n));
  }

  private static Line share(String label, int n, int whole) {
    return new Line(label, count(n), percent(n, whole), chartable(n));
  }

  private static Line incidents(String label, int n) {
    return new Line(label, Integer.toString(n), "", null);
  }

  private static Integer chartable(int n) {
    return org.tandem.outcomes.Suppression.isSmall(n) ? null : n;
  }
}
