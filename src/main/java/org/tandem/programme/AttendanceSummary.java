package org.tandem.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A man's record on one programme place, as an update report to the referrer gives it: his place,
 * his progress through the curriculum, how he attended, how often he disclosed violence or abuse
 * (never what he disclosed), and the facilitators' ratings of his blame, minimisation and denial.
 */
public record AttendanceSummary(
    long enrolmentId,
    String groupName,
    boolean individual,
    LocalDate intakeOn,
    EnrolmentStatus status,
    String statusReason,
    OffsetDateTime statusChangedAt,
    BigDecimal hoursCompleted,
    BigDecimal hoursInCurriculum,
    boolean stageOneComplete,
    boolean sixtyHoursComplete,
    int sessionsRecorded,
    int attended,
    int late,
    int absentWithReason,
    int absentWithoutReason,
    LocalDate firstSessionOn,
    LocalDate lastSessionOn,
    int disclosures,
    List<LocalDate> latestDisclosures,
    Ratings blame,
    Ratings minimisation,
    Ratings denial) {

  /** How many of his latest disclosures are dated. */
  public static final int LATEST_DISCLOSURES = 3;

  /**
   * One factor rated at the sessions from 1 (none) to 5 (high): the average to one decimal place
   * and the latest rating, both null when it was never rated, and how many sessions rated it.
   */
  public record Ratings(BigDecimal average, Integer latest, int rated) {}
}
