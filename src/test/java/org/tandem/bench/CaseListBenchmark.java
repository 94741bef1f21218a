package org.tandem.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tandem.TandemTest;
import org.tandem.TestData;

/**
 * How fast a practitioner's everyday reads are with a service-sized database: 50,000 invented cases
 * with partners and children in one extra area. Run it with {@code ./mvnw -Pbench test}; it prints
 * percentiles and fails if a target is missed. It is not part of {@code ./mvnw verify}.
 *
 * <p>Targets, on a 2-core machine: p95 under 300 ms for a page of the case list, a search and the
 * waiting list; p95 under 150 ms for one whole case; p95 under 1 s for a quarterly area report and
 * under 2 s for a quarter's national dataset.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseListBenchmark extends TandemTest {

  private static final int CASES = 50_000;
  private static final int WARM_UP = 30;
  private static final int REQUESTS = 300;
  private static final int REPORTS = 20;
  private static final String MANAGER = TestData.token("manager");

  @BeforeAll
  void generateCases() {
    if (jdbc.sql("SELECT count(*) FROM area WHERE code = 'BEN'").query(Integer.class).single()
        > 0) {
      return;
    }
    long area =
        jdbc.sql("INSERT INTO area (code, name) VALUES ('BEN', 'Benchmarkshire') RETURNING id")
            .query(Long.class)
            .single();
    jdbc.sql(
            "INSERT INTO team_area (team_id, area_id) SELECT id, :area FROM team WHERE name = 'Service management'")
        .param("area", area)
        .update();
    jdbc.sql(
            """
            INSERT INTO referral (area_id, reference, status, referral_source, referrer_name, referrer_phone,
              reason, referred_on, man_given_name, man_family_name, sharing_basis, created_by)
            SELECT :area, 'BEN-' || lpad(g::text, 6, '0'),
              (ARRAY['AWAITING_TRIAGE','AWAITING_ASSESSMENT','REFERRED_ON','DID_NOT_ATTEND'])[1 + g % 4],
              'POLICE', 'Bench Referrer', '07700 900000', 'Invented benchmark case',
              current_date - (g % 700), 'Benchman' || g, 'Loadtester' || (g % 997), 'CONSENT', 'bench'
            FROM generate_series(1, :n) g
            """)
        .param("area", area)
        .param("n", CASES)
        .update();
    jdbc.sql(
            """
            INSERT INTO partner (referral_id, relationship, given_name, phone, address, safe_contact_times)
            SELECT id, 'CURRENT', 'Invented', '07700 900999', '1 Imaginary Lane', 'Mornings'
            FROM referral WHERE area_id = :area
            """)
        .param("area", area)
        .update();
    jdbc.sql(
            """
            INSERT INTO child (referral_id, age_years, protection_status)
            SELECT id, 7, 'CHILD_IN_NEED' FROM referral WHERE area_id = :area AND id % 2 = 0
            """)
        .param("area", area)
        .update();
    jdbc.sql("ANALYZE").update();
  }

  @Test
  void everydayReadsMeetTheirTargets() {
    List<String> report = new ArrayList<>();
    report.add(
        measure(
            "case list, a page of 25",
            300,
            i -> apiGet(MANAGER, "/api/v1/cases?size=25&page=" + (i % 200))));
    report.add(
        measure(
            "search by his name",
            300,
            i -> apiGet(MANAGER, "/api/v1/cases?size=25&q=Loadtester" + (i % 997))));
    report.add(
        measure(
            "waiting list, a page of 25",
            300,
            i -> apiGet(MANAGER, "/api/v1/waiting-list?size=25&page=" + (i % 100))));
    report.add(
        measure(
            "one whole case",
            150,
            i ->
                apiGet(
                    MANAGER, "/api/v1/cases/BEN-" + String.format("%06d", 1 + (i * 163) % CASES))));
    System.out.println("\nCaseListBenchmark, " + CASES + " cases, " + REQUESTS + " requests each");
    report.forEach(System.out::println);
    assertThat(report).noneMatch(line -> line.contains("MISSED"));
  }

  /**
   * A commissioner's quarterly report and a manager's national dataset for a quarter of the
   * benchmark area (about 6,500 men referred in it): each is a whole-area read, so fewer are timed.
   */
  @Test
  void areaReportsMeetTheirTargets() {
    String quarter =
        org.tandem.outcomes.ReportPeriod.quarterOf(clock.today()).previousQuarter().code();
    org.tandem.outcomes.ReportPeriod period =
        org.tandem.outcomes.ReportPeriod.parseQuarter(quarter).orElseThrow();
    List<String> report = new ArrayList<>();
    report.add(
        measure(
            "quarterly area report",
            1000,
            5,
            REPORTS,
            i ->
                apiGet(
                    TestData.token("commissioner"),
                    "/api/v1/outcomes/area-report?area=BEN&quarter=" + quarter)));
    report.add(
        measure(
            "national dataset, a quarter",
            2000,
            3,
            REPORTS,
            i ->
                apiGet(
                    MANAGER,
                    "/api/v1/outcomes/national-dataset?area=BEN&format=csv&from="
                        + period.from()
                        + "&to="
                        + period.to())));
    System.out.println("\nCaseListBenchmark, " + CASES + " cases, " + REPORTS + " reports each");
    report.forEach(System.out::println);
    assertThat(report).noneMatch(line -> line.contains("MISSED"));
  }

  private String measure(
      String what, long targetP95Millis, IntFunction<HttpResponse<String>> call) {
    return measure(what, targetP95Millis, WARM_UP, REQUESTS, call);
  }

  private String measure(
      String what,
      long targetP95Millis,
      int warmUp,
      int requests,
      IntFunction<HttpResponse<String>> call) {
    for (int i = 0; i < warmUp; i++) {
      assertThat(call.apply(i).statusCode()).isEqualTo(200);
    }
    List<Long> micros = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      long start = System.nanoTime();
      HttpResponse<String> response = call.apply(i);
      micros.add((System.nanoTime() - start) / 1_000);
      assertThat(response.statusCode()).isEqualTo(200);
    }
    Collections.sort(micros);
    double p50 = micros.get(micros.size() / 2) / 1000.0;
    double p95 = micros.get((int) (micros.size() * 0.95)) / 1000.0;
    double p99 = micros.get((int) (micros.size() * 0.99)) / 1000.0;
    return String.format(
        "  %-26s p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  target p95 < %d ms  %s",
        what, p50, p95, p99, targetP95Millis, p95 < targetP95Millis ? "met" : "MISSED");
  }
}
