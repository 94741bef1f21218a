package org.tandem.assessment.internal;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.tandem.assessment.AssessmentRecord;
import org.tandem.assessment.ReportKind;
import org.tandem.assessment.RiskReportSummary;

/**
 * The assessment's parts as the hub's task list shows them: each part, where it is recorded and how
 * far it has got, worked out from what has been recorded.
 */
final class AssessmentTasks {

  private AssessmentTasks() {}

  /** How far a part has got, in the words of GOV.UK's task list. */
  public enum Status {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    /** The service refuses it until something else is done. */
    CANNOT_START_YET;

    /** The tag's colour class; none for the statuses GOV.UK shows as plain text. */
    public String tagClass() {
      return switch (this) {
        case NOT_STARTED -> "govuk-tag--blue";
        case IN_PROGRESS -> "govuk-tag--light-blue";
        case COMPLETED, CANNOT_START_YET -> null;
      };
    }
  }

  /**
   * One part: its name (a message key under assessment.task), its page, whether only assessors may
   * open that page, and its status.
   */
  public record Task(String name, String href, boolean forAssessors, Status status) {

    /** The page, unless the service will not let anyone start it yet. */
    public String link() {
      return status == Status.CANNOT_START_YET ? null : href;
    }
  }

  /** The parts of the assessment of this case, which may not have begun (null). */
  static List<Task> of(
      String reference, AssessmentRecord assessment, List<RiskReportSummary> reports) {
    String hub = "/cases/" + reference + "/assessment";
    return List.of(
        new Task("sessions", hub + "/sessions/new", true, sessions(assessment)),
        new Task("history", hub + "/history", true, history(assessment)),
        new Task("dash", hub + "/dash", true, dash(assessment)),
        new Task("viability", hub + "/viability", true, viability(assessment)),
        new Task("report", "/cases/" + reference + "/reports", false, report(assessment, reports)));
  }

  /** Sessions go on until the viability decision ends the assessment. */
  static Status sessions(AssessmentRecord a) {
    if (a == null || a.sessions().isEmpty()) {
      return Status.NOT_STARTED;
    }
    return a.viability() == null ? Status.IN_PROGRESS : Status.COMPLETED;
  }

  /** Complete once the police evidence, what he discloses and all six factors are in. */
  static Status history(AssessmentRecord a) {
    if (a == null) {
      return Status.NOT_STARTED;
    }
    Object[] needed = {
      a.policeEvidence(),
      a.disclosedViolence(),
      a.denial(),
      a.minimisation(),
      a.blame(),
      a.hostility(),
      a.empathy(),
      a.motivation()
    };
    long given = Stream.of(needed).filter(Objects::nonNull).count();
    boolean anyText =
        Stream.of(
                a.otherViolence(), a.alcoholAndDrugs(), a.childrenExposure(), a.staticRiskMarkers())
            .filter(Objects::nonNull)
            .anyMatch(t -> !t.isBlank());
    if (given == needed.length) {
      return Status.COMPLETED;
    }
    return given > 0 || anyText ? Status.IN_PROGRESS : Status.NOT_STARTED;
  }

  static Status dash(AssessmentRecord a) {
    if (a == null || a.dashScore().answered() == 0) {
      return Status.NOT_STARTED;
    }
    return a.dashScore().complete() ? Status.COMPLETED : Status.IN_PROGRESS;
  }

  static Status viability(AssessmentRecord a) {
    return a == null || a.viability() == null ? Status.NOT_STARTED : Status.COMPLETED;
  }

  /** The report is drawn from the assessment, so the service refuses it before anything is in. */
  static Status report(AssessmentRecord a, List<RiskReportSummary> reports) {
    if (reports.stream().anyMatch(r -> r.kind() == ReportKind.RISK_IDENTIFICATION)) {
      return Status.COMPLETED;
    }
    return a == null ? Status.CANNOT_START_YET : Status.NOT_STARTED;
  }
}
