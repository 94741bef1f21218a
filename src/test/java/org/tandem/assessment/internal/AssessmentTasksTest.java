package org.tandem.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.assessment.AssessmentRecord;
import org.tandem.assessment.DisclosedViolence;
import org.tandem.assessment.PoliceEvidence;
import org.tandem.assessment.ReportKind;
import org.tandem.assessment.RiskReportSummary;
import org.tandem.assessment.Viability;
import org.tandem.assessment.internal.AssessmentTasks.Status;
import org.tandem.risk.DashAnswer;
import org.tandem.risk.DashScore;

/** How far each part of the assessment has got, from what has been recorded. */
class AssessmentTasksTest {

  private static final AssessmentRecord.Session SESSION =
      new AssessmentRecord.Session(LocalDate.of(2026, 3, 2), 90, "worker", false);

  @Test
  void beforeTheAssessmentBeginsNothingIsStartedAndTheReportCannotBe() {
    List<AssessmentTasks.Task> tasks = AssessmentTasks.of("NMR-0001", null, List.of());

    assertThat(tasks)
        .extracting(AssessmentTasks.Task::status)
        .containsExactly(
            Status.NOT_STARTED,
            Status.NOT_STARTED,
            Status.NOT_STARTED,
            Status.NOT_STARTED,
            Status.CANNOT_START_YET);
    assertThat(tasks.get(4).link()).isNull();
    assertThat(tasks.get(0).link()).isEqualTo("/cases/NMR-0001/assessment/sessions/new");
  }

  @Test
  void sessionsGoOnUntilTheViabilityDecision() {
    assertThat(AssessmentTasks.sessions(record().build())).isEqualTo(Status.NOT_STARTED);
    assertThat(AssessmentTasks.sessions(record().session().build())).isEqualTo(Status.IN_PROGRESS);
    assertThat(AssessmentTasks.sessions(record().session().decided().build()))
        .isEqualTo(Status.COMPLETED);
  }

  @Test
  void historyIsCompleteWithTheEvidenceWhatHeDisclosesAndEveryFactor() {
    assertThat(AssessmentTasks.history(record().build())).isEqualTo(Status.NOT_STARTED);
    assertThat(AssessmentTasks.history(record().otherViolence("Invented").build()))
        .isEqualTo(Status.IN_PROGRESS);
    assertThat(AssessmentTasks.history(record().evidence().build())).isEqualTo(Status.IN_PROGRESS);
    assertThat(AssessmentTasks.history(record().evidence().factors(5).build()))
        .isEqualTo(Status.IN_PROGRESS);
    assertThat(AssessmentTasks.history(record().evidence().factors(6).build()))
        .isEqualTo(Status.COMPLETED);
  }

  @Test
  void theDashIsCompleteWithAll24Answered() {
    assertThat(AssessmentTasks.dash(record().build())).isEqualTo(Status.NOT_STARTED);
    assertThat(AssessmentTasks.dash(record().dash(10).build())).isEqualTo(Status.IN_PROGRESS);
    assertThat(AssessmentTasks.dash(record().dash(24).build())).isEqualTo(Status.COMPLETED);
  }

  @Test
  void theReportIsCompleteOnceARiskIdentificationReportIsProduced() {
    AssessmentRecord begun = record().session().build();
    assertThat(AssessmentTasks.report(begun, List.of())).isEqualTo(Status.NOT_STARTED);
    assertThat(AssessmentTasks.report(begun, List.of(report(ReportKind.UPDATE_WEEK_12))))
        .isEqualTo(Status.NOT_STARTED);
    assertThat(AssessmentTasks.report(begun, List.of(report(ReportKind.RISK_IDENTIFICATION))))
        .isEqualTo(Status.COMPLETED);
  }

  @Test
  void onlyWhatIsStillToDoIsTagged() {
    assertThat(Status.NOT_STARTED.tagClass()).isNotNull();
    assertThat(Status.IN_PROGRESS.tagClass()).isNotNull();
    assertThat(Status.COMPLETED.tagClass()).isNull();
    assertThat(Status.CANNOT_START_YET.tagClass()).isNull();
  }

  private static RiskReportSummary report(ReportKind kind) {
    return new RiskReportSummary(1, kind, "c", "s", "p", 30, OffsetDateTime.now(), "worker");
  }

  private static Builder record() {
    return new Builder();
  }

  /** An assessment with only what a test gives it. */
  private static final class Builder {
    private PoliceEvidence evidence;
    private DisclosedViolence disclosed;
    private String otherViolence;
    private final Integer[] factors = new Integer[6];
    private final Map<Integer, DashAnswer> dash = new HashMap<>();
    private Viability viability;
    private List<AssessmentRecord.Session> sessions = List.of();

    Builder session() {
      sessions = List.of(SESSION);
      return this;
    }

    Builder decided() {
      viability = Viability.values()[0];
      return this;
    }

    Builder evidence() {
      evidence = PoliceEvidence.UNCLEAR;
      disclosed = DisclosedViolence.values()[0];
      return this;
    }

    Builder otherViolence(String text) {
      otherViolence = text;
      return this;
    }

    Builder factors(int rated) {
      for (int i = 0; i < rated; i++) {
        factors[i] = 3;
      }
      return this;
    }

    Builder dash(int answered) {
      for (int n = 1; n <= answered; n++) {
        dash.put(n, DashAnswer.NO);
      }
      return this;
    }

    AssessmentRecord build() {
      return new AssessmentRecord(
          "NMR-0001",
          evidence,
          null,
          disclosed,
          otherViolence,
          null,
          null,
          null,
          factors[0],
          factors[1],
          factors[2],
          factors[3],
          factors[4],
          factors[5],
          dash,
          DashScore.of(dash),
          null,
          viability,
          null,
          null,
          null,
          null,
          sessions,
          1);
    }
  }
}
