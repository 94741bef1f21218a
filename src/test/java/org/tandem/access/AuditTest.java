package org.tandem.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.TestData.referralJson;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.NestedExceptionUtils;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail records who touched which case, and the database keeps it append-only. */
class AuditTest extends TandemTest {

  /** This test's own area; and another, whose cases its workers must not reach. */
  private TestArea area;

  private TestArea otherArea;

  private static final JsonMapper JSON = new JsonMapper();

  @BeforeEach
  void areasOfItsOwn() {
    area = newArea();
    otherArea = newArea();
  }

  @Test
  void creatingAndReadingACaseThroughTheApiAreAudited() {
    String reference = createCase();

    assertThat(events(reference, "CREATE"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e)
                  .containsEntry("username", area.user(Role.INTAKE).username())
                  .containsEntry("channel", "API");
              assertThat(e.get("referral_id")).isNotNull();
              assertThat(e.get("area_id")).isNotNull();
            });
    assertThat(events(reference, "READ")).isEmpty();

    HttpResponse<String> read =
        apiGet(area.token(Role.PERPETRATOR_WORKER), "/api/v1/cases/" + reference);
    assertThat(read.statusCode()).isEqualTo(200);

    assertThat(events(reference, "READ"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e)
                    .containsEntry("username", area.user(Role.PERPETRATOR_WORKER).username())
                    .containsEntry("channel", "API")
                    .containsEntry("case_reference", reference));
  }

  @Test
  void aRefusedReadOfACaseInAnotherAreaIsNotRecordedAsARead() {
    String reference = createCase();

    assertThat(
            apiGet(otherArea.token(Role.PERPETRATOR_WORKER), "/api/v1/cases/" + reference)
                .statusCode())
        .isEqualTo(404);

    assertThat(events(reference, "READ")).isEmpty();
  }

  @Test
  void listingCasesRecordsOneListEntryPerCaseShown() {
    String reference = createCase();

    HttpResponse<String> list =
        apiGet(area.token(Role.CHILDRENS_WORKER), "/api/v1/cases?size=100&q=" + reference);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(list.body()).get("items").size()).isEqualTo(1);

    assertThat(events(reference, "LIST"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e)
                    .containsEntry("username", area.user(Role.CHILDRENS_WORKER).username())
                    .containsEntry("channel", "API"));
  }

  @Test
  void aListOfManyCasesRecordsEachCaseShownOnceWithItsArea() {
    List<String> references = List.of(createCase(), createCase(), createCase());
    HttpResponse<String> list =
        apiGet(area.token(Role.PERPETRATOR_WORKER), "/api/v1/cases?size=100");
    assertThat(list.statusCode()).isEqualTo(200);
    for (String reference : references) {
      assertThat(events(reference, "LIST"))
          .as(reference)
          .singleElement()
          .satisfies(
              e ->
                  assertThat(e)
                      .containsEntry("username", area.user(Role.PERPETRATOR_WORKER).username())
                      .containsEntry("area_id", area.id())
                      .containsEntry("channel", "API"));
    }
  }

  @Test
  void theDatabaseRefusesToUpdateDeleteOrTruncateTheTrail() {
    String reference = createCase();
    long id =
        jdbc.sql("SELECT max(id) FROM audit_event WHERE case_reference = :r")
            .param("r", reference)
            .query(Long.class)
            .single();

    for (String sql :
        List.of(
            "UPDATE audit_event SET username = 'someone.else' WHERE id = " + id,
            "DELETE FROM audit_event WHERE id = " + id,
            "TRUNCATE audit_event")) {
      assertThatThrownBy(() -> jdbc.sql(sql).update())
          .as(sql)
          .satisfies(
              e ->
                  assertThat(NestedExceptionUtils.getMostSpecificCause(e).getMessage())
                      .contains("append-only"));
    }

    assertThat(events(reference, "CREATE"))
        .singleElement()
        .satisfies(e -> assertThat(e).containsEntry("username", area.user(Role.INTAKE).username()));
  }

  private String createCase() {
    long northmoor = area.id();
    HttpResponse<String> created =
        apiPost(area.token(Role.INTAKE), "/api/v1/referrals", referralJson(northmoor));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).get("reference").asString();
  }

  private List<Map<String, Object>> events(String reference, String action) {
    return jdbc.sql(
            """
            SELECT username, action, what, referral_id, case_reference, area_id, channel
            FROM audit_event WHERE case_reference = :r AND action = :a ORDER BY id
            """)
        .param("r", reference)
        .param("a", action)
        .query()
        .listOfRows();
  }
}
