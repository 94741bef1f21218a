package org.tandem.partnersupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.Family;

/**
 * "Who has looked at this record": a service manager sees every read and write of a case, and of
 * her record on it only what touched hers; nobody else may see either list, and looking is itself
 * recorded.
 */
class WhoHasLookedTest extends TandemTest {

  private TestArea area;
  private Family family;
  private String herAudit;

  @BeforeEach
  void aFamilyOfItsOwn() {
    area = newArea();
    family = newFamily(area);
    herAudit = "/cases/" + family.reference() + "/partners/" + family.partner(0) + "/audit";
  }

  @Test
  void herListHasTheReadsOfHerRecordAndNotTheReadsOfHis() {
    String her = "/cases/" + family.reference() + "/partners/" + family.partner(0);
    PageSession support = signedIn(area.user(Role.PARTNER_SUPPORT_WORKER));
    for (String path : List.of(her, her + "/notes", her + "/documents")) {
      assertThat(support.get(path).statusCode()).as(path).isEqualTo(200);
    }
    PageSession his = signedIn(area.user(Role.PERPETRATOR_WORKER));
    assertThat(his.get("/cases/" + family.reference()).statusCode()).isEqualTo(200);
    assertThat(his.get(her).statusCode()).isEqualTo(403);

    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    String herList = manager.get(herAudit).body();

    String supportWorker = area.user(Role.PARTNER_SUPPORT_WORKER).username();
    String hisWorker = area.user(Role.PERPETRATOR_WORKER).username();
    assertThat(herList)
        .contains(supportWorker, "partner record", "partner notes", "her documents listed")
        // His worker was refused her record: that is on her list, his reading of the case is not.
        .contains(hisWorker, "refused (")
        .doesNotContain("<td class=\"govuk-table__cell\">case</td>");

    String caseList = manager.get("/cases/" + family.reference() + "/audit").body();
    assertThat(caseList)
        .contains(
            hisWorker,
            supportWorker,
            "partner record",
            "<td class=\"govuk-table__cell\">case</td>");
  }

  @Test
  void lookingAtEitherListIsRecorded() {
    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    assertThat(manager.get(herAudit).statusCode()).isEqualTo(200);
    assertThat(manager.get("/cases/" + family.reference() + "/audit").statusCode()).isEqualTo(200);

    assertThat(
            jdbc.sql(
                    """
                    SELECT what FROM audit_event WHERE case_reference = :r AND username = :u
                      AND action = 'READ' ORDER BY id
                    """)
                .param("r", family.reference())
                .param("u", area.user(Role.SERVICE_MANAGER).username())
                .query(String.class)
                .list())
        .contains("partner record audit trail", "audit trail");
    // And the manager's look is the newest line of her list.
    assertThat(manager.get(herAudit).body()).contains("partner record audit trail");
  }

  @Test
  void onlyServiceManagersMaySeeWhoHasLooked() {
    for (Role role :
        List.of(
            Role.PARTNER_SUPPORT_WORKER,
            Role.PERPETRATOR_WORKER,
            Role.INTAKE,
            Role.CHILDRENS_WORKER)) {
      PageSession session = signedIn(area.user(role));
      assertThat(session.get(herAudit).statusCode()).as(role + " her list").isEqualTo(403);
      assertThat(session.get("/cases/" + family.reference() + "/audit").statusCode())
          .as(role + " the case's list")
          .isEqualTo(403);
    }
    // Another area's manager cannot reach the case at all.
    PageSession stranger = signedIn(newArea().user(Role.SERVICE_MANAGER));
    assertThat(stranger.get(herAudit).statusCode()).isEqualTo(404);
    // Nor is there a list for a woman who is not on this case.
    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    assertThat(
            manager
                .get("/cases/" + family.reference() + "/partners/" + Long.MAX_VALUE + "/audit")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void theListsArePagedNewestFirst() {
    long referralId =
        jdbc.sql("SELECT id FROM referral WHERE reference = :r")
            .param("r", family.reference())
            .query(Long.class)
            .single();
    jdbc.sql(
            """
            INSERT INTO audit_event (occurred_at, username, action, what, referral_id,
              case_reference, area_id, channel)
            SELECT CAST(:later AS timestamptz) + n * interval '1 second', 'tess.reader', 'READ', 'partner notes ' || n,
              :id, :r, :area, 'API'
            FROM generate_series(1, 60) n
            """)
        .param("id", referralId)
        .param("r", family.reference())
        .param("area", area.id())
        // After everything else on the case, on the application's clock: these are the newest.
        .param("later", java.sql.Timestamp.from(clock.instant().plusSeconds(3600)))
        .update();

    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    String first = manager.get(herAudit).body();
    assertThat(first).contains("partner notes 60", "partner notes 11", "Page 1 of 2");
    assertThat(first).doesNotContain("partner notes 10<");
    assertThat(first.indexOf("partner notes 60")).isLessThan(first.indexOf("partner notes 59"));
    String second = manager.get(herAudit + "?page=2").body();
    assertThat(second).contains("partner notes 10<", "partner notes 1<", "Page 2 of 2");

    String caseFirst = manager.get("/cases/" + family.reference() + "/audit").body();
    assertThat(caseFirst).contains("partner notes 60", "Page 1 of 2");
  }
}
