package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.assessment.RiskReportFixture;
import org.tandem.referral.AReferral;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quarterly report as sent, through the API: the checks before signing name the cases to put
 * right; a sign-off freezes the figures, PDF and spreadsheet byte for byte; a case changed
 * afterwards leaves them as sent; two managers signing at once cannot both win; and the frozen rows
 * cannot be changed or deleted.
 */
class SentReportApiTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  private TestArea own;
  private ReportPeriod quarter;
  private String base;

  @BeforeEach
  void anAreaWithSixCasesLastQuarter() {
    own = newArea();
    quarter = ReportPeriod.quarterOf(clock.today()).previousQuarter();
    base = "/api/v1/area-reports/" + own.code() + "/" + quarter.code();
    for (int i = 0; i < 6; i++) {
      refer();
    }
  }

  private String refer() {
    return newCase(own, AReferral.in(own).referredOn(quarter.from().plusDays(10)));
  }

  private String manager() {
    return own.token(Role.SERVICE_MANAGER);
  }

  private HttpResponse<String> signOff(String token, int reviewed, String notes, String reason) {
    var body = JSON.createObjectNode().put("reviewedVersion", reviewed).put("notes", notes);
    if (reason != null) {
      body.put("correctionReason", reason);
    }
    return apiPost(token, base + "/versions", body.toString());
  }

  @Test
  void theChecksNameTheCasesOfTheQuarterWithNoPartnerRecorded() {
    String alone = newCase(own, AReferral.in(own).withoutPartners().referredOn(quarter.to()));
    String otherQuarter =
        newCase(own, AReferral.in(own).withoutPartners().referredOn(quarter.to().plusDays(1)));

    HttpResponse<String> r = apiGet(manager(), base + "/preparation");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode partner = warning(JSON.readTree(r.body()), "PARTNER_STATUS");
    assertThat(partner.get("cases").asInt()).isEqualTo(7);
    assertThat(partner.get("references").toString()).contains(alone).doesNotContain(otherQuarter);
    assertThat(JSON.readTree(r.body()).get("quarterEnded").asBoolean()).isTrue();

    assertThat(apiGet(own.token(Role.COMMISSIONER), base + "/preparation").statusCode())
        .as("the draft and the case references are for managers only")
        .isEqualTo(403);
  }

  @Test
  void aSignOffFreezesTheFilesByteForByteAndACaseChangedAfterLeavesThemAsSent() throws Exception {
    HttpResponse<String> signed = signOff(manager(), 0, "Two referrers changed their forms.", null);
    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
    JsonNode v1 = JSON.readTree(signed.body());
    assertThat(v1.get("version").asInt()).isEqualTo(1);
    assertThat(signed.headers().firstValue("Location")).hasValue(base + "/versions/1");

    String commissioner = own.token(Role.COMMISSIONER);
    byte[] pdf = bytes(commissioner, base + "/versions/1?format=pdf");
    byte[] xlsx = bytes(commissioner, base + "/versions/1?format=xlsx");
    byte[] json = bytes(commissioner, base + "/versions/1");
    // What the commissioner downloads is what was stored at sign-off, with the hashes it was given.
    assertThat(pdf).isEqualTo(stored("pdf"));
    assertThat(xlsx).isEqualTo(stored("xlsx"));
    assertThat(new String(json, StandardCharsets.UTF_8))
        .isEqualTo(
            jdbc.sql("SELECT figures_json FROM sent_area_report WHERE area_id = :a")
                .param("a", own.id())
                .query(String.class)
                .single());
    assertThat(sha256(pdf)).isEqualTo(v1.get("pdfSha256").asString());
    assertThat(sha256(xlsx)).isEqualTo(v1.get("xlsxSha256").asString());
    assertThat(sha256(json)).isEqualTo(v1.get("figuresSha256").asString());
    String text = RiskReportFixture.pdfText(pdf);
    assertThat(text)
        .contains("Signed off by " + own.user(Role.SERVICE_MANAGER).displayName())
        .contains("version 1")
        .contains("Two referrers changed their forms.")
        .contains("Referred 6");
    assertThat(referred(xlsx)).isEqualTo("6");

    // A seventh man referred in the quarter is recorded late: the live figure moves, the sent not.
    refer();
    HttpResponse<String> live =
        apiGet(
            commissioner,
            "/api/v1/outcomes/area-report?area=" + own.code() + "&quarter=" + quarter.code());
    assertThat(live.body()).contains("\"value\":\"7\"");
    assertThat(bytes(commissioner, base + "/versions/1?format=pdf")).isEqualTo(pdf);
    assertThat(bytes(commissioner, base + "/versions/1?format=xlsx")).isEqualTo(xlsx);
    assertThat(bytes(commissioner, base + "/versions/1")).isEqualTo(json);

    // The manager sees the difference, and a correction needs a reason.
    JsonNode prep = JSON.readTree(apiGet(manager(), base + "/preparation").body());
    assertThat(prep.get("sentVersion").asInt()).isEqualTo(1);
    assertThat(prep.get("differences").toString())
        .contains("Referred")
        .contains("\"was\":\"6 (100.0%)\"")
        .contains("\"now\":\"7 (100.0%)\"");
    HttpResponse<String> noReason = signOff(manager(), 1, "", null);
    assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
    assertThat(noReason.body()).contains("correctionReason");
    HttpResponse<String> v2 = signOff(manager(), 1, "", "A referral recorded late.");
    assertThat(v2.statusCode()).as(v2.body()).isEqualTo(201);

    JsonNode versions = JSON.readTree(apiGet(commissioner, base + "/versions").body());
    assertThat(versions.size()).isEqualTo(2);
    assertThat(versions.get(0).get("version").asInt()).isEqualTo(2);
    assertThat(versions.get(0).get("superseded").asBoolean()).isFalse();
    assertThat(versions.get(0).get("correctionReason").asString())
        .isEqualTo("A referral recorded late.");
    assertThat(versions.get(1).get("superseded").asBoolean()).isTrue();
    assertThat(referred(bytes(commissioner, base + "/versions/2?format=xlsx"))).isEqualTo("7");
    assertThat(bytes(commissioner, base + "/versions/1?format=pdf")).isEqualTo(pdf);

    List<String> audited =
        jdbc.sql("SELECT action || ' ' || what FROM audit_event WHERE what LIKE :w")
            .param("w", "quarterly report " + own.code() + " %")
            .query(String.class)
            .list();
    assertThat(audited)
        .contains(
            "CREATE quarterly report "
                + own.code()
                + " "
                + quarter.code()
                + " version 1 signed off")
        .contains(
            "DOWNLOAD quarterly report " + own.code() + " " + quarter.code() + " version 1 as pdf");
  }

  @Test
  void twoManagersSigningTheSameQuarterAtOnceOneWinsTheOtherIsTold() throws Exception {
    TestArea neighbour = newArea();
    neighbour.alsoManage(own);
    String[] tokens = {manager(), neighbour.token(Role.SERVICE_MANAGER)};
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (String token : tokens) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return signOff(token, 0, "Signed by " + token, null);
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<HttpResponse<String>> a : answers) {
        HttpResponse<String> r = a.get();
        statuses.add(r.statusCode());
        if (r.statusCode() == 409) {
          assertThat(r.headers().firstValue("Content-Type"))
              .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        }
      }
      assertThat(statuses).containsExactlyInAnyOrder(201, 409);
    } finally {
      pool.shutdownNow();
    }
    assertThat(JSON.readTree(apiGet(manager(), base + "/versions").body()).size()).isEqualTo(1);
  }

  @Test
  void theFrozenRowsCannotBeChangedOrDeleted() {
    assertThat(signOff(manager(), 0, "", null).statusCode()).isEqualTo(201);
    String where = " WHERE area_id = " + own.id();
    assertThatThrownBy(
            () -> jdbc.sql("UPDATE sent_area_report SET notes = 'changed'" + where).update())
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM sent_area_report" + where).update())
        .rootCause()
        .hasMessageContaining("append-only");
    assertThat(jdbc.sql("SELECT count(*) FROM sent_area_report" + where).query(Long.class).single())
        .isEqualTo(1);
  }

  @Test
  void aQuarterNotEndedCannotBeSignedOffAndMistakesAreProblemDetails() {
    String thisQuarter =
        "/api/v1/area-reports/"
            + own.code()
            + "/"
            + ReportPeriod.quarterOf(clock.today()).code()
            + "/versions";
    HttpResponse<String> early =
        apiPost(manager(), thisQuarter, "{\"reviewedVersion\":0,\"notes\":\"\"}");
    assertThat(early.statusCode()).as(early.body()).isEqualTo(400);
    assertThat(early.body()).contains("quarter");

    assertThat(apiGet(manager(), base + "/versions/1").statusCode()).isEqualTo(404);
    assertThat(apiGet(manager(), base + "/versions/1?format=doc").statusCode()).isEqualTo(400);
    assertThat(
            apiGet(manager(), "/api/v1/area-reports/" + own.code() + "/2026-Q9/versions")
                .statusCode())
        .isEqualTo(404);
    assertThat(apiGet(newArea().token(Role.COMMISSIONER), base + "/versions").statusCode())
        .as("another area's commissioner")
        .isEqualTo(404);
    assertThat(signOff(own.token(Role.COMMISSIONER), 0, "", null).statusCode()).isEqualTo(403);
  }

  private static JsonNode warning(JsonNode preparation, String check) {
    for (JsonNode w : preparation.get("warnings")) {
      if (w.get("check").asString().equals(check)) {
        return w;
      }
    }
    throw new AssertionError("No warning " + check + " in " + preparation);
  }

  private byte[] bytes(String token, String path) {
    HttpResponse<byte[]> r = apiGetBytes(token, path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }

  private byte[] stored(String column) {
    return jdbc.sql("SELECT " + column + " FROM sent_area_report WHERE area_id = :a")
        .param("a", own.id())
        .query(byte[].class)
        .single();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static String referred(byte[] xlsx) throws Exception {
    return ReportWorkbook.referred(xlsx);
  }
}
