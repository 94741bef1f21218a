package org.tandem.encryption;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.access.AreaWallPass;
import org.tandem.access.AuditLog;
import org.tandem.access.CaseRef;
import org.tandem.access.ScheduledPasses;

/**
 * Seals her details wherever they are not yet sealed under the current key, and fills the hashes
 * she is found by: rows written before V47, rows the synthetic generator copied in plain, rows
 * sealed under a key that is no longer current. Run when Tandem starts and by {@code rekey} (which
 * re-seals every row). A batch at a time, each in its own transaction under one advisory lock,
 * choosing its rows only once it holds the lock: two nodes starting at once take turns, and the
 * second finds nothing left. Each row is locked while it is re-sealed, so a worker's change to her
 * record waits for the batch rather than being lost to it.
 */
@Component
class SealingPass {

  private static final Logger log = LoggerFactory.getLogger(SealingPass.class);

  /** Tandem's advisory lock for sealing her details ("tandem47" in ASCII). */
  static final long LOCK = 0x74616e64656d3437L;

  static final int BATCH = 500;

  private static final String NOT_SEALED = "NOT LIKE '" + FieldEncryption.PREFIX + "%'";

  private record Row(
      long id,
      CaseRef caseRef,
      String given,
      String family,
      String phone,
      String email,
      String address,
      String times) {}

  /** What a batch did: the last row it looked at, how many it sealed, keys it could not open. */
  private record Batch(long lastId, int looked, int sealed, Set<String> missingKeys) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final FieldEncryption encryption;
  private final HerLookup lookup;
  private final ScheduledPasses passes;
  private final AuditLog audit;

  SealingPass(
      JdbcClient jdbc,
      TransactionTemplate transactions,
      FieldEncryption encryption,
      HerLookup lookup,
      ScheduledPasses passes,
      AuditLog audit) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.encryption = encryption;
    this.lookup = lookup;
    this.passes = passes;
    this.audit = audit;
  }

  /**
   * Seals what needs it ({@code everyRow}: every row, as {@code rekey} does) under the current key
   * and answers how many women's details were sealed. A value sealed under a key that is not
   * configured is left as it is and its key id logged: never the value.
   */
  int run(boolean everyRow) {
    AreaWallPass pass = passes.forUpkeepOfEveryArea();
    long after = 0;
    int sealed = 0;
    Set<String> missing = new TreeSet<>();
    while (true) {
      long from = after;
      Batch batch = transactions.execute(status -> batch(pass, everyRow, from));
      sealed += batch.sealed();
      missing.addAll(batch.missingKeys());
      if (batch.looked() < BATCH) {
        break;
      }
      after = batch.lastId();
    }
    if (!missing.isEmpty()) {
      log.error(
          "Some of her details are sealed under data keys that are not configured ({}): add them"
              + " to the key file below the current key, or to TANDEM_DATA_KEY_PREVIOUS",
          String.join(", ", missing));
    }
    if (sealed > 0) {
      log.info(
          "Sealed the details of {} women under data key {}", sealed, encryption.currentKeyId());
    }
    return sealed;
  }

  private Batch batch(AreaWallPass pass, boolean everyRow, long after) {
    jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", LOCK).query((rs, i) -> 1).list();
    List<Row> rows = toSeal(pass, everyRow, after);
    Set<String> missing = new TreeSet<>();
    List<Row> sealed = new ArrayList<>();
    for (Row row : rows) {
      try {
        sealed.add(resealed(row));
      } catch (IllegalStateException cannotOpen) {
        for (String value :
            new String[] {row.given, row.family, row.phone, row.email, row.address, row.times}) {
          String keyId = FieldEncryption.keyIdOf(value);
          if (keyId != null && !keyId.equals(encryption.currentKeyId())) {
            missing.add(keyId);
          }
        }
      }
    }
    write(pass, sealed);
    audit.recordList(
        "her details sealed under the current data key",
        sealed.stream().map(Row::caseRef).toList());
    long last = rows.isEmpty() ? after : rows.get(rows.size() - 1).id();
    return new Batch(last, rows.size(), sealed.size(), missing);
  }

  private List<Row> toSeal(AreaWallPass pass, boolean everyRow, long after) {
    return jdbc.sql(
            """
            SELECT p.id, p.referral_id, r.reference, r.area_id, p.given_name, p.family_name,
              p.phone, p.email, p.address, p.safe_contact_times
            FROM partner p JOIN referral r ON r.id = p.referral_id
            WHERE r.area_id = ANY(:areas) AND p.id > :after
              AND (:every OR p.sealed_key_id IS DISTINCT FROM :current OR p.name_hash IS NULL
                OR p.given_name %1$s OR p.family_name %1$s OR p.phone %1$s OR p.email %1$s
                OR p.address %1$s OR p.safe_contact_times %1$s)
            ORDER BY p.id LIMIT :batch
            FOR UPDATE OF p
            """
                .formatted(NOT_SEALED))
        .param("areas", pass.areaIdArray())
        .param("after", after)
        .param("every", everyRow)
        .param("current", encryption.currentKeyId())
        .param("batch", BATCH)
        .query(
            (rs, i) ->
                new Row(
                    rs.getLong("id"),
                    new CaseRef(
                        rs.getLong("referral_id"),
                        rs.getString("reference"),
                        rs.getLong("area_id")),
                    rs.getString("given_name"),
                    rs.getString("family_name"),
                    rs.getString("phone"),
                    rs.getString("email"),
                    rs.getString("address"),
                    rs.getString("safe_contact_times")))
        .list();
  }

  /** The row's values opened (under whichever key sealed them) and sealed under the current key. */
  private Row resealed(Row row) {
    String given = encryption.open(row.given);
    String family = encryption.open(row.family);
    String phone = encryption.open(row.phone);
    String email = encryption.open(row.email);
    return new Row(
        row.id,
        row.caseRef,
        given,
        family,
        phone,
        email,
        encryption.open(row.address),
        encryption.open(row.times));
  }

  private void write(AreaWallPass pass, List<Row> plain) {
    if (plain.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            UPDATE partner p SET given_name = u.given_name, family_name = u.family_name,
              phone = u.phone, email = u.email, address = u.address,
              safe_contact_times = u.safe_contact_times, phone_hash = u.phone_hash,
              email_hash = u.email_hash, name_hash = u.name_hash, sealed_key_id = :current
            FROM unnest(CAST(:ids AS bigint[]), CAST(:given AS text[]), CAST(:family AS text[]),
              CAST(:phone AS text[]), CAST(:email AS text[]), CAST(:address AS text[]),
              CAST(:times AS text[]), CAST(:phoneHash AS text[]), CAST(:emailHash AS text[]),
              CAST(:nameHash AS text[]))
              AS u(id, given_name, family_name, phone, email, address, safe_contact_times,
                phone_hash, email_hash, name_hash)
            WHERE p.id = u.id
              AND p.referral_id IN (SELECT r.id FROM referral r WHERE r.area_id = ANY(:areas))
            """)
        .param("ids", plain.stream().map(Row::id).toArray(Long[]::new))
        .param("given", sealed(plain, Row::given))
        .param("family", sealed(plain, Row::family))
        .param("phone", sealed(plain, Row::phone))
        .param("email", sealed(plain, Row::email))
        .param("address", sealed(plain, Row::address))
        .param("times", sealed(plain, Row::times))
        .param("phoneHash", plain.stream().map(r -> lookup.phone(r.phone())).toArray(String[]::new))
        .param("emailHash", plain.stream().map(r -> lookup.email(r.email())).toArray(String[]::new))
        .param(
            "nameHash",
            plain.stream().map(r -> lookup.name(r.given(), r.family())).toArray(String[]::new))
        .param("current", encryption.currentKeyId())
        .param("areas", pass.areaIdArray())
        .update();
  }

  private String[] sealed(List<Row> plain, java.util.function.Function<Row, String> value) {
    return plain.stream().map(value).map(encryption::seal).toArray(String[]::new);
  }
}
