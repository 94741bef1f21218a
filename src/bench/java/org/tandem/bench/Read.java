package org.tandem.bench;

import java.util.List;

/**
 * A kind of read the practitioners make, measured under load and beside its SQL floor. The path
 * holds Gatling expressions ({@code #{ref}}) filled from the bench data; {@code who} is the suffix
 * of the area account that makes it ({@code worker} for {@code gnaa.worker}) or a national
 * account's full username.
 *
 * @param targetMillis the p95 the issue sets for this kind, or 0 where only the floors apply
 */
record Read(String name, String who, boolean api, String path, long targetMillis) {

  static final Read CASELOAD =
      new Read("page: caseload (the start page)", "worker", false, "/cases", 50);
  static final Read CASE = new Read("page: case", "worker", false, "/cases/#{ref}", 50);
  static final Read SEARCH =
      new Read("page: search by his name", "worker", false, "/cases?q=#{name}", 50);
  static final Read WAITING = new Read("page: waiting list", "worker", false, "/waiting-list", 50);
  static final Read TASKS =
      new Read("page: partner-support tasks", "partner", false, "/partner-support/tasks", 50);
  static final Read HER_RECORD =
      new Read("page: her record", "partner", false, "/cases/#{pref}/partners/#{partner}", 50);
  static final Read WEEK =
      new Read("page: facilitator's week", "facilitator", false, "/facilitator", 50);
  static final Read AREA_REPORT =
      new Read(
          "page: quarterly area report",
          "manager",
          false,
          "/outcomes/area-report?area=#{area}",
          500);
  static final Read PLANNER = new Read("page: planner", "manager", false, "/planner", 0);
  static final Read API_CASE = new Read("API: case", "worker", true, "/api/v1/cases/#{ref}", 50);
  static final Read API_CASELOAD =
      new Read("API: caseload", "worker", true, "/api/v1/cases?page=0&size=20", 50);
  static final Read API_WAITING =
      new Read("API: waiting list", "manager", true, "/api/v1/waiting-list?page=0&size=20", 50);
  static final Read API_AREA_REPORT =
      new Read(
          "API: quarterly area report",
          "gn.commissioner",
          true,
          "/api/v1/outcomes/area-report?area=#{area}",
          500);

  static final List<Read> ALL =
      List.of(
          CASELOAD,
          CASE,
          SEARCH,
          WAITING,
          TASKS,
          HER_RECORD,
          WEEK,
          AREA_REPORT,
          PLANNER,
          API_CASE,
          API_CASELOAD,
          API_WAITING,
          API_AREA_REPORT);

  /** The account that makes this read in an area. */
  String username(String areaCode) {
    return who.contains(".") ? who : areaCode.toLowerCase() + "." + who;
  }
}
