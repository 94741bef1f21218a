package org.tandem.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.AuditLog;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail is a hash chain: someone with the database owner's rights who changes, deletes or
 * slips in an entry is found out at that entry. Each tampering test puts the entry back as it was
 * afterwards, so the chain the other tests share is whole again.
 */
class AuditChainTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  @Autowired private AuditChain chain;
  @Autowired private AuditLog audit;
  @Autowired private TransactionTemplate transactions;

  private TestArea area;

  @BeforeEach
  void anAreaOfItsOwn() {
    area = newArea();
  }

  @Test
  void theWholeTrailVerifiesAsIntactForTheSystemAdministrator() {
    newCase(area);

    JsonNode answer = verifyByApi();

    assertThat(answer.get("intact").asBoolean()).as(answer.toString()).isTrue();
    // Every link was checked: the head it reports is the hash of the link at the place it counted
    // to (the sealer may add links after, such as the line recording this check).
    long entries = answer.get("entries").asLong();
    assertThat(entries).isPositive();
    assertThat(answer.get("head").asString())
        .isEqualTo(
            jdbc.sql("SELECT encode(entry_hash, 'hex') FROM audit_chain WHERE chain_seq = :n")
                .param("n", entries)
                .query(String.class)
                .single());
    assertThat(
            jdbc.sql("SELECT count(*) FROM audit_chain WHERE chain_seq <= :n")
                .param("n", entries)
                .query(Long.class)
                .single())
        .isEqualTo(entries);
    assertThat(answer.has("brokenAt")).isFalse();
  }

  @Test
  void onlyTheSystemAdministratorMayVerify() {
    for (Role role : List.of(Role.SERVICE_MANAGER, Role.PERPETRATOR_WORKER, Role.COMMISSIONER)) {
      assertThat(apiGet(area.token(role), "/api/v1/audit/verify").statusCode())
          .as(role.name())
          .isEqualTo(403);
    }
  }

  @Test
  void anEntryChangedByTheOwnerBreaksTheChainAtThatEntry() {
    long id = newestEntryOf(newCase(area));
    chain.sealAll();
    Map<String, Object> original = row(id);

    asOwnerWithout(
        "audit_event_no_update_or_delete",
        "UPDATE audit_event SET what = 'nothing much' WHERE id = " + id);
    try {
      JsonNode answer = verifyByApi();
      assertThat(answer.get("intact").asBoolean()).isFalse();
      assertThat(answer.get("brokenAt").asLong()).isEqualTo(id);
      assertThat(answer.get("problem").asString()).isEqualTo("changed");
      String page =
          signedIn(area.user(Role.SYSTEM_ADMINISTRATOR)).get("/admin/audit?check=true").body();
      assertThat(page)
          .contains("The audit trail has been tampered with")
          .contains("The chain breaks at entry " + id + ": the entry, or the link before it");
    } finally {
      asOwnerWithout(
          "audit_event_no_update_or_delete",
          "UPDATE audit_event SET what = '%s' WHERE id = %d"
              .formatted(((String) original.get("what")).replace("'", "''"), id));
    }

    asOwnerWithout(
        "audit_event_no_update_or_delete",
        "UPDATE audit_event SET username = 'someone.else' WHERE id = " + id);
    try {
      assertThat(chain.verify().brokenAt()).isEqualTo(id);
    } finally {
      asOwnerWithout(
          "audit_event_no_update_or_delete",
          "UPDATE audit_event SET username = '%s' WHERE id = %d"
              .formatted(original.get("username"), id));
    }
    assertThat(chain.verify().intact()).isTrue();
  }

  @Test
  void anEntryDeletedByTheOwnerBreaksTheChainAtThatEntry() {
    long id = newestEntryOf(newCase(area));
    chain.sealAll();
    Map<String, Object> original = row(id);

    asOwnerWithout("audit_event_no_update_or_delete", "DELETE FROM audit_event WHERE id = " + id);
    try {
      AuditChain.Verification result = chain.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.brokenAt()).isEqualTo(id);
      assertThat(result.problem()).isEqualTo("deleted");
    } finally {
      putBack(original);
    }
    assertThat(chain.verify().intact()).isTrue();
  }

  @Test
  void anEntrySlippedInPastTheSealBreaksTheChainAtThatEntry() {
    chain.sealAll();
    long id =
        transactions.execute(
            s -> {
              jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_queued_for_sealing")
                  .update();
              long slipped =
                  jdbc.sql(
                          """
                          INSERT INTO audit_event (username, action, what, channel)
                          VALUES ('nobody', 'READ', 'slipped in', 'SYSTEM') RETURNING id
                          """)
                      .query(Long.class)
                      .single();
              jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_queued_for_sealing")
                  .update();
              return slipped;
            });
    try {
      AuditChain.Verification result = chain.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.brokenAt()).isEqualTo(id);
      assertThat(result.problem()).isEqualTo("inserted");
    } finally {
      asOwnerWithout("audit_event_no_update_or_delete", "DELETE FROM audit_event WHERE id = " + id);
    }
    assertThat(chain.verify().intact()).isTrue();
  }

  @Test
  void manyWritersAndSealersAtOnceMakeOneUnbrokenChain() throws Exception {
    String what = "concurrency " + area.code();
    ExecutorService pool = Executors.newFixedThreadPool(24);
    try {
      List<Callable<Object>> work = new ArrayList<>();
      for (int writer = 0; writer < 20; writer++) {
        work.add(
            () -> {
              for (int i = 0; i < 25; i++) {
                transactions.executeWithoutResult(
                    s -> {
                      audit.record(AuditLog.Action.UPDATE, what, null);
                      audit.record(AuditLog.Action.UPDATE, what, null);
                    });
              }
              return null;
            });
      }
      for (int sealer = 0; sealer < 4; sealer++) {
        work.add(
            () -> {
              for (int i = 0; i < 20; i++) {
                chain.sealAll();
              }
              return null;
            });
      }
      for (Future<Object> done : pool.invokeAll(work)) {
        done.get();
      }
    } finally {
      pool.shutdown();
    }

    AuditChain.Verification result = chain.verify();
    assertThat(result.intact()).as(result.toString()).isTrue();
    assertThat(
            jdbc.sql(
                    """
                    SELECT count(DISTINCT c.chain_seq) FROM audit_event e
                    JOIN audit_chain c ON c.event_id = e.id WHERE e.what = :what
                    """)
                .param("what", what)
                .query(Long.class)
                .single())
        .isEqualTo(1000);
    assertThat(
            jdbc.sql("SELECT max(chain_seq) = count(*) FROM audit_chain")
                .query(Boolean.class)
                .single())
        .as("one link per place in the chain, no gaps")
        .isTrue();
  }

  private JsonNode verifyByApi() {
    HttpResponse<String> response =
        apiGet(area.token(Role.SYSTEM_ADMINISTRATOR), "/api/v1/audit/verify");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private long newestEntryOf(String reference) {
    return jdbc.sql("SELECT max(id) FROM audit_event WHERE case_reference = :r")
        .param("r", reference)
        .query(Long.class)
        .single();
  }

  private Map<String, Object> row(long id) {
    return jdbc.sql("SELECT * FROM audit_event WHERE id = :id").param("id", id).query().singleRow();
  }

  /** Does what the owner of the tables may: turn a trigger off, change the trail, turn it on. */
  private void asOwnerWithout(String trigger, String sql) {
    transactions.executeWithoutResult(
        s -> {
          jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER " + trigger).update();
          jdbc.sql(sql).update();
          jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER " + trigger).update();
        });
  }

  /**
   * The deleted entry, as it was and with its own id, and without queueing it to be sealed again.
   */
  private void putBack(Map<String, Object> original) {
    transactions.executeWithoutResult(
        s -> {
          jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_queued_for_sealing")
              .update();
          jdbc.sql(
                  """
                  INSERT INTO audit_event (id, occurred_at, username, action, what, referral_id,
                    case_reference, area_id, channel) OVERRIDING SYSTEM VALUE
                  VALUES (:id, :occurred_at, :username, :action, :what, :referral_id,
                    :case_reference, :area_id, :channel)
                  """)
              .params(original)
              .update();
          jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_queued_for_sealing")
              .update();
        });
  }
}
