package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.outcomes.internal.LiveFigures;
import org.tandem.programme.ACurriculum;
import org.tandem.programme.AGroup;
import org.tandem.programme.Place;
import org.tandem.programme.ProgrammeGroup;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The area report and the national dataset count the programme from one definition, the
 * report_programme_progress view, so on the same cases they agree. The men of an area of the test's
 * own referred in the first quarter of 2025 cover the usual paths through the programme; the
 * report's funnel and the dataset's rows for the same area and quarter must give the same numbers.
 *
 * <p>The two documents do not define every measure in the same words, and the men referred in the
 * second quarter are the cases where the words part: a place marked completed (the report counts it
 * for stage 1 and 60 hours; the dataset counts what he attended), a place started without a session
 * (the dataset counts it as entering the programme), a curriculum shorter than 60 hours (the
 * dataset counts all of it as 60 hours), and stage 1 done across two places on the same curriculum
 * (the report asks for one place). If the definitions are brought together, these expectations
 * change with docs/outcome-definitions.md and docs/national-dataset.md.
 *
 * <p>Cases, places and attendance go in through the API, by the programme's builders ({@link
 * AGroup}), each on its day in the past on the test clock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeMeasuresAgreeTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();
  private static final ReportPeriod COMMON = ReportPeriod.quarter(2025, 1);
  private static final ReportPeriod APART = ReportPeriod.quarter(2025, 2);

  @Autowired LiveFigures figures;

  private TestArea area;
  private String manager;

  @BeforeAll
  void menOnTheProgramme() {
    area = newArea();
    manager = area.token(Role.SERVICE_MANAGER);
    // Two stage-1 and seven stage-2 sessions of 8 hours (72 hours); and one of two stage-1
    // sessions only (16 hours).
    Programme2025 programme = Programme2025.in(api(), area);
    long shortCurriculum = ACurriculum.ofSessions(2).create(api(), area);
    ProgrammeGroup group = programme.group;

    // The usual paths, referred in the first quarter.
    refer("2025-01-06"); // never given a place
    group.place(refer("2025-01-07")).marked(1, "ABSENT_WITH_REASON");
    group.place(refer("2025-01-08")).attended(1).marked(2, "LATE");
    group.place(refer("2025-01-09")).attendsUpToWeek(8);
    group.place(refer("2025-02-10")).attended(1, 2, 3, 4, 5, 6, 7, 7).status("EXITED");
    programme.individualWork.place(refer("2025-03-11")).attended(1);
    group.place(refer("2025-03-12")).attended(3).status("SUSPENDED");

    // Where the two documents' words part, referred in the second quarter.
    group.place(refer("2025-04-07")).attended(1).status("COMPLETED");
    group.place(refer("2025-04-08")).status("ATTENDING");
    programme.groupIn(area, shortCurriculum).place(refer("2025-04-09")).attended(1, 2);
    Family moved = refer("2025-04-10");
    Place left = group.place(moved).attended(1).status("EXITED");
    programme
        .groupIn(area, programme.curriculum)
        .place(moved, left.lastDay().plusDays(2))
        .attended(2);
  }

  /**
   * A man with one place, all of it on its group's curriculum, has his work across places read from
   * that place rather than counted again; for every man of this area (one place or two, a
   * curriculum session attended twice, a short curriculum) it must be what counting again gives.
   */
  @Test
  void hisWorkAcrossPlacesIsWhatCountingEveryPlaceAgainGives() {
    List<Map<String, Object>> counted =
        jdbc.sql(
                """
                SELECT e.referral_id, sum(x.times) AS sessions, sum(cs.hours) AS hours
                FROM enrolment e
                JOIN (SELECT a.enrolment_id, gs.curriculum_session_id, count(*) AS times
                      FROM attendance a JOIN group_session gs ON gs.id = a.group_session_id
                      WHERE a.mark IN ('ATTENDED', 'LATE')
                      GROUP BY a.enrolment_id, gs.curriculum_session_id) x ON x.enrolment_id = e.id
                JOIN curriculum_session cs ON cs.id = x.curriculum_session_id
                JOIN referral r ON r.id = e.referral_id
                WHERE r.area_id = :area AND NOT EXISTS (
                    SELECT 1 FROM enrolment other JOIN attendance oa ON oa.enrolment_id = other.id
                    WHERE other.referral_id = e.referral_id AND other.id <> e.id)
                GROUP BY e.referral_id ORDER BY e.referral_id
                """)
            .param("area", area.id())
            .query()
            .listOfRows();
    List<Map<String, Object>> published =
        jdbc.sql(
                """
                SELECT referral_id, sessions_attended AS sessions, hours_attended AS hours
                FROM report_programme_progress
                WHERE area_id = :area AND referral_id = ANY(:men) ORDER BY referral_id
                """)
            .param("area", area.id())
            .param("men", counted.stream().map(r -> r.get("referral_id")).toArray(Long[]::new))
            .query()
            .listOfRows();
    assertThat(counted).hasSizeGreaterThan(5);
    assertThat(published)
        .extracting(r -> r.get("referral_id") + " " + r.get("sessions") + " " + number(r, "hours"))
        .containsExactlyElementsOf(
            counted.stream()
                .map(r -> r.get("referral_id") + " " + r.get("sessions") + " " + number(r, "hours"))
                .toList());
  }

  private static String number(Map<String, Object> row, String column) {
    return new java.math.BigDecimal(row.get(column).toString())
        .stripTrailingZeros()
        .toPlainString();
  }

  @Test
  void onTheUsualPathsTheReportAndTheDatasetGiveTheSameNumbers() {
    Funnel funnel = figures.funnel(area.id(), COMMON, clock.today());
    List<JsonNode> rows = rows(COMMON);

    assertThat(rows).hasSize(funnel.referred()).hasSize(7);
    assertThat(funnel.enteredProgramme())
        .isEqualTo(count(rows, r -> r.get("programme_entered").asBoolean()))
        .isEqualTo(count(rows, r -> r.get("sessions_attended").asInt() > 0))
        .isEqualTo(5);
    assertThat(funnel.completedStageOne())
        .isEqualTo(count(rows, r -> r.get("completed_stage_one").asBoolean()))
        .isEqualTo(3);
    assertThat(funnel.completedSixtyHours())
        .isEqualTo(count(rows, r -> r.get("completed_sixty_hours").asBoolean()))
        .isEqualTo(1);
    assertThat(funnel.stillEngaged())
        .isEqualTo(count(rows, r -> r.get("enrolment_outcome").asString().equals("ATTENDING")))
        .isEqualTo(3);
    // A session counts once towards hours, however often he attends it: 2 + 8 + 7 + 1 + 1
    // sessions of 8 hours; but every session he attended is a session attended.
    assertThat(total(rows, "hours_attended")).isEqualByComparingTo("152");
    assertThat(total(rows, "sessions_attended")).isEqualByComparingTo("20");
  }

  @Test
  void whereTheDocumentsDefineAMeasureDifferentlyEachCountsItsOwnWay() {
    Funnel funnel = figures.funnel(area.id(), APART, clock.today());
    List<JsonNode> rows = rows(APART);

    assertThat(rows).hasSize(funnel.referred()).hasSize(4);
    // Entered: the report counts a session attended (not the place started without one).
    assertThat(funnel.enteredProgramme()).isEqualTo(3);
    assertThat(count(rows, r -> r.get("programme_entered").asBoolean())).isEqualTo(4);
    assertThat(count(rows, r -> r.get("sessions_attended").asInt() > 0)).isEqualTo(3);
    // Stage 1: the report counts the completed place and the whole short curriculum; the dataset
    // counts the short curriculum and the stage done across two places.
    assertThat(funnel.completedStageOne()).isEqualTo(2);
    assertThat(count(rows, r -> r.get("completed_stage_one").asBoolean())).isEqualTo(2);
    assertThat(count(rows, r -> r.get("enrolment_outcome").asString().equals("COMPLETED")))
        .isEqualTo(1);
    // 60 hours: the report counts only the completed place; the dataset only the short curriculum
    // attended in full.
    assertThat(funnel.completedSixtyHours()).isEqualTo(1);
    assertThat(count(rows, r -> r.get("completed_sixty_hours").asBoolean())).isEqualTo(1);
    assertThat(
            count(
                rows,
                r ->
                    r.get("completed_sixty_hours").asBoolean()
                        && r.get("enrolment_outcome").asString().equals("COMPLETED")))
        .as("not the same man")
        .isZero();
  }

  // --- the dataset ---

  private List<JsonNode> rows(ReportPeriod period) {
    HttpResponse<String> response =
        apiGet(
            manager,
            "/api/v1/outcomes/national-dataset?format=json&area=%s&from=%s&to=%s"
                .formatted(area.code(), period.from(), period.to()));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<JsonNode> rows = new ArrayList<>();
    JSON.readTree(response.body()).get("rows").forEach(rows::add);
    return rows;
  }

  private static int count(List<JsonNode> rows, Predicate<JsonNode> which) {
    return (int) rows.stream().filter(which).count();
  }

  private static BigDecimal total(List<JsonNode> rows, String column) {
    return rows.stream()
        .map(r -> r.get(column).decimalValue())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  // --- building the cases ---

  private Family refer(String referredOn) {
    return newFamily(
        AReferral.in(area).referredOn(referredOn).from("POLICE").withPartners(0).withoutChildren());
  }
}
