package org.tandem.outcomes.internal;

import static org.tandem.outcomes.Suppression.average;
import static org.tandem.outcomes.Suppression.count;
import static org.tandem.outcomes.Suppression.over;
import static org.tandem.outcomes.Suppression.percent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * the one place a count becomes text a commissioner can read, in the words of the reader it is
 * built for.
 */
final class AreaReportSections {

  private static final String P = "outcomes.report.";

  private final ReportWords words;
  private final ReportLabels labels;

  AreaReportSections(ReportWords words) {
    this.words = words;
    this.labels = new ReportLabels(words);
  }

  /** The funnel as it stood on {@code asAt}: the period's last day, or today while it runs. */
  Section funnel(Funnel f, LocalDate asAt) {
    int all = f.referred();
    List<Line> lines =
        List.of(
            share("funnel.referred", f.referred(), all),
            share("funnel.appropriate", f.appropriate(), all),
            share("funnel.assessed", f.assessed(), all),
            share("funnel.entered", f.enteredProgramme(), all),
            share("funnel.stageOne", f.completedStageOne(), all),
            share("funnel.sixtyHours", f.completedSixtyHours(), all),
            share("funnel.stillEngaged", f.stillEngaged(), all),
            share("funnel.didNotAttend", f.didNotAttend(), all),
            share("funnel.notAcceptable", f.notAcceptable(), all),
            share("funnel.referredOn", f.referredOn(), all),
            share("funnel.individualWork", f.individualWork(), all),
            share("funnel.awaitingAssessment", f.awaitingAssessment(), all),
            share("funnel.repeatReferrals", f.repeatReferrals(), all));
    return section(
        "funnel",
        w("funnel.title"),
        List.of(w("funnel.note", words.day(asAt))),
        List.of(
            new Table(
                "funnel-table", w("funnel.caption"), true, w("number"), w("funnel.share"), lines)));
  }

  Section partnerSupport(PartnerSupportFigures p) {
    List<Line> lines =
        List.of(
            plain("partners.ofAssessed", p.partnersOfAssessedMen()),
            share("partners.engaged", p.engagedAfterAssessment(), p.partnersOfAssessedMen()),
            plain("partners.womenSupported", p.womenSupported()),
            share("partners.childProtection", p.womenWithChildProtection(), p.womenSupported()),
            plain("partners.children", p.children()),
            new Line(w("partners.contacts"), average(p.contacts(), p.womenSupported()), "", null),
            new Line(
                w("partners.attempts"),
                average(p.proactiveAttempts(), p.casesWithPartners()),
                "",
                null),
            share("partners.groups", p.womenInGroups(), p.womenSupported()));
    return section(
        "partner-support",
        w("partners.title"),
        List.of(w("partners.note")),
        List.of(
            new Table(
                "partner-support-table",
                w("partners.title"),
                false,
                w("number"),
                w("share"),
                lines)));
  }

  Section repeatVictimisation(RepeatVictimisationFigures.Figure figure) {
    RepeatVictimisation.Result r = figure.result();
    List<Line> lines =
        List.of(
            plain("repeat.cases", r.cases()),
            incidents("repeat.evidenced", r.preAssessmentIncidents()),
            new Line(
                w("repeat.excludedIncidents"),
                Integer.toString(r.excludedIncidents()),
                w("repeat.inCases", count(r.exclusions().size())),
                null),
            incidents("repeat.remaining", r.remainingIncidents()),
            incidents("repeat.during", r.duringIntervention()),
            new Line(w("repeat.decrease"), decrease(r), "", null));
    List<Count> kinds = new ArrayList<>();
    for (Map.Entry<CaseLine.ExclusionKind, Long> e : figure.exclusionsByKind().entrySet()) {
      kinds.add(new Count(w("exclusion." + e.getKey().name()), e.getValue().intValue()));
    }
    // The kinds add up to the excluded cases the figure shows ("in 8 cases").
    List<Line> excluded = new ArrayList<>(Breakdown.countsOnly(kinds, r.exclusions().size()));
    if (excluded.isEmpty()) {
      excluded.add(new Line(w("repeat.noneExcluded"), "0", "", null));
    }
    return section(
        "repeat-victimisation",
        w("repeat.title"),
        List.of(w("repeat.note"), w("repeat.method")),
        List.of(
            new Table("repeat-table", w("repeat.title"), false, w("repeat.figure"), "", lines),
            new Table(
                "excluded-table",
                w("repeat.excludedCaption"),
                false,
                w("repeat.casesHeading"),
                "",
                excluded)));
  }

  Section evaluations(
      List<MeasureResult> women,
      List<MeasureResult> mirabal,
      List<MeasureResult> referrers,
      LadderResults ladder) {
    // Safer, the same and less safe add up to the children shown above them.
    List<Line> ladderLines = new ArrayList<>();
    ladderLines.add(plain("ladder.children", ladder.children()));
    ladderLines.addAll(
        Breakdown.withShares(
            List.of(
                new Count(w("ladder.safer"), ladder.rose()),
                new Count(w("ladder.same"), ladder.same()),
                new Count(w("ladder.lessSafe"), ladder.fell())),
            ladder.children()));
    ladderLines.add(
        new Line(
            w("ladder.averageChange"), over(ladder.averageChange(), ladder.children()), "", null));
    return section(
        "evaluations",
        w("evaluations.title"),
        List.of(w("evaluations.note")),
        List.of(
            measures("women-table", w("evaluations.women"), women, "evaluation.measure."),
            measures("mirabal-table", w("evaluations.mirabal"), mirabal, "evaluation.measure."),
            measures(
                "referrer-table", w("evaluations.referrers"), referrers, "evaluation.referrer."),
            new Table(
                "ladder-table", w("ladder.caption"), false, w("number"), w("share"), ladderLines)));
  }

  private Table measures(String id, String caption, List<MeasureResult> results, String keys) {
    List<Line> lines = new ArrayList<>();
    for (MeasureResult m : results) {
      lines.add(
          new Line(
              labels.measure(keys, m),
              w("evaluations.answered", count(m.answered())),
              w("evaluations.improved", words.figure(percent(m.improved(), m.answered()))),
              null));
    }
    if (lines.isEmpty()) {
      lines.add(new Line(w("evaluations.noneCompleted"), "0", "", null));
    }
    return new Table(
        id,
        caption,
        false,
        w("evaluations.answeredHeading"),
        w("evaluations.improvedHeading"),
        lines);
  }

  Section demographics(Demographics d) {
    return section(
        "demographics",
        w("demographics.title"),
        List.of(w("demographics.note")),
        List.of(
            counts("age-table", w("demographics.age"), labels.bands(d.ageBands()), d.men()),
            counts("source-table", w("demographics.source"), d.referralSources(), d.men()),
            new Table(
                "interpreter-table",
                w("demographics.interpreters"),
                false,
                w("number"),
                w("share"),
                List.of(share("demographics.interpreterNeeded", d.interpreterNeeded(), d.men()))),
            counts(
                "children-age-table",
                w("demographics.childrenAge"),
                labels.bands(d.childrenAgeBands()),
                d.children())));
  }

  /** Bands or sources that add up to the whole: the men referred, or their children. */
  private Table counts(String id, String caption, List<Count> counts, int whole) {
    return new Table(
        id, caption, true, w("number"), w("share"), Breakdown.withShares(counts, whole));
  }

  Section waitingTimes(WaitingTimes w) {
    List<Line> men =
        List.of(
            plain("waiting.seen", w.seen()),
            plain("waiting.assessed", w.assessed()),
            plain("waiting.stillWaiting", w.stillWaiting()));
    List<Line> days =
        List.of(
            days("waiting.medianFirst", w.medianDaysToFirstAppointment(), w.seen()),
            days("waiting.averageFirst", w.averageDaysToFirstAppointment(), w.seen()),
            days("waiting.medianDecision", w.medianDaysToAssessmentDecision(), w.assessed()),
            days("waiting.longest", w.longestCurrentWaitDays(), w.stillWaiting()));
    return section(
        "waiting-times",
        w("waiting.title"),
        List.of(w("waiting.note")),
        List.of(
            new Table("waiting-table", w("waiting.menCaption"), false, w("number"), "", men),
            new Table(
                "waited-table", w("waiting.daysCaption"), true, w("waiting.days"), "", days)));
  }

  /** The service's clocks: of the people referred in the quarter, how many breached each one. */
  Section clocks(List<ClockFigures.ClockCount> counts, LocalDate asAt) {
    List<Line> lines = new ArrayList<>();
    for (ClockFigures.ClockCount c : counts) {
      lines.add(
          new Line(
              words.text("ClockKind." + c.clock()),
              count(c.breached()),
              percent(c.breached(), c.timed()),
              chartable(c.breached())));
    }
    return section(
        "clocks",
        w("clocks.title"),
        List.of(w("clocks.note", words.day(asAt))),
        List.of(
            new Table(
                "clocks-table", w("clocks.title"), true, w("number"), w("clocks.share"), lines)));
  }

  /** Every figure of the section in the reader's words, withheld ones included. */
  private Section section(String id, String title, List<String> notes, List<Table> tables) {
    return words.figures(new Section(id, title, notes, tables));
  }

  private String w(String key, Object... args) {
    return words.text(P + key, args);
  }

  /**
   * Days over a group of men, drawn as a bar unless the figure is withheld: a bar would give back a
   * number the report does not show.
   */
  private Line days(String key, Number days, int men) {
    String shown = over(days, men);
    boolean drawn = days != null && men > 0 && !org.tandem.outcomes.Suppression.isSmall(men);
    return new Line(w(key), shown, "", drawn ? (int) Math.round(days.doubleValue()) : null);
  }

  /**
   * The decrease is a rate over the cases and the incidents it starts from: withheld, like any
   * rate, when either is small. (The incidents during intervention may be few: that is the outcome
   * sought, and both incident counts are shown in full beside it.)
   */
  private String decrease(RepeatVictimisation.Result r) {
    if (r.percentDecrease() == null) {
      return w("repeat.cannotBeCalculated");
    }
    String shown = over(r.percentDecrease(), r.cases(), r.remainingIncidents());
    return shown.equals(org.tandem.outcomes.Suppression.WITHHELD) ? shown : shown + "%";
  }

  private Line plain(String key, int n) {
    return new Line(w(key), count(n), "", chartable(n));
  }

  private Line share(String key, int n, int whole) {
    return new Line(w(key), count(n), percent(n, whole), chartable(n));
  }

  private Line incidents(String key, int n) {
    return new Line(w(key), Integer.toString(n), "", null);
  }

  private static Integer chartable(int n) {
    return org.tandem.outcomes.Suppression.isSmall(n) ? null : n;
  }
}
