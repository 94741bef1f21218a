package org.tandem.outcomes;

import org.tandem.TestApi;
import org.tandem.TestArea;
import org.tandem.programme.ACurriculum;
import org.tandem.programme.AGroup;
import org.tandem.programme.ProgrammeGroup;

/**
 * The programme as the outcome tests count it, set up through the API in an area of a test's own: a
 * curriculum of nine 8-hour sessions, two of them in stage 1 (72 hours in all), and a group and
 * individual work on it, each first meeting on Monday 6 January 2025, the first day of the first
 * quarter the tests report on. Men referred in 2025 are given places in them ({@link
 * ProgrammeGroup#place}) and attend what each test says.
 */
final class Programme2025 {

  /** The first meeting of every group here. */
  static final String FIRST_MEETING = "2025-01-06";

  private final TestApi api;

  /** The 72-hour curriculum. */
  final long curriculum;

  final ProgrammeGroup group;
  final ProgrammeGroup individualWork;

  private Programme2025(TestApi api, TestArea area) {
    this.api = api;
    this.curriculum = ACurriculum.ofSessions(9).create(api, area);
    this.group = groupIn(area, curriculum);
    this.individualWork =
        AGroup.in(area).firstMeetingOn(FIRST_MEETING).runs(curriculum).individualWork().create(api);
  }

  static Programme2025 in(TestApi api, TestArea area) {
    return new Programme2025(api, area);
  }

  /** Another group from the same day, in this area, on this curriculum. */
  ProgrammeGroup groupIn(TestArea area, long curriculumId) {
    return AGroup.in(area).firstMeetingOn(FIRST_MEETING).runs(curriculumId).create(api);
  }
}
