package org.tandem.encryption;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.access.AreaWallPass;
import org.tandem.access.ScheduledPasses;

/**
 * The other values sealed with the data key: what a correction to her details kept (before, after
 * and why), her equality monitoring answers and each user's authenticator secret. They are found by
 * no search, so they carry no hash; they only have to move to the current key with everything else,
 * or dropping an old key would leave them unreadable. A batch at a time, under the same advisory
 * lock as her details.
 */
@Component
class SealedElsewhere {

  private static final Logger log = LoggerFactory.getLogger(SealedElsewhere.class);

  private record Sealed(long id, String[] values) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final FieldEncryption encryption;
  private final ScheduledPasses passes;

  SealedElsewhere(
      JdbcClient jdbc,
      TransactionTemplate transactions,
      FieldEncryption encryption,
      ScheduledPasses passes) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.encryption = encryption;
    this.passes = passes;
  }

  /** Re-seals under the current key every such value sealed under another; how many rows moved. */
  int run() {
    AreaWallPass pass = passes.forUpkeepOfEveryArea();
    int moved = 0;
    int batch;
    do {
      batch = transactions.execute(status -> corrections(pass));
      moved += batch;
    } while (batch == SealingPass.BATCH);
    do {
      batch = transactions.execute(status -> equalityAnswers(pass));
      moved += batch;
    } while (batch == SealingPass.BATCH);
    do {
      batch = transactions.execute(status -> authenticators());
      moved += batch;
    } while (batch == SealingPass.BATCH);
    if (moved > 0) {
      log.info("Re-sealed {} corrections, equality answers and authenticator secrets", moved);
    }
    return moved;
  }

  private String notCurrent(String column) {
    return "(" + column + " <> '' AND " + column + " NOT LIKE :current)";
  }

  private int corrections(AreaWallPass pass) {
    lock();
    List<Sealed> rows =
        jdbc.sql(
                """
                SELECT a.id, a.value_before, a.value_after, a.reason
                FROM partner_amendment a
                JOIN partner p ON p.id = a.partner_id
                JOIN referral r ON r.id = p.referral_id
                WHERE r.area_id = ANY(:areas) AND (%s OR %s OR %s)
                ORDER BY a.id LIMIT :batch
                FOR UPDATE OF a
                """
                    .formatted(
                        notCurrent("a.value_before"),
                        notCurrent("a.value_after"),
                        notCurrent("a.reason")))
            .param("areas", pass.areaIdArray())
            .param("current", currentPrefix())
            .param("batch", SealingPass.BATCH)
            .query(
                (rs, i) ->
                    new Sealed(
                        rs.getLong(1),
                        new String[] {rs.getString(2), rs.getString(3), rs.getString(4)}))
            .list();
    for (Sealed row : rows) {
      String[] v = resealed(row.values());
      jdbc.sql(
              "UPDATE partner_amendment SET value_before = :b, value_after = :a, reason = :r"
                  + " WHERE id = :id")
          .param("b", v[0])
          .param("a", v[1])
          .param("r", v[2])
          .param("id", row.id())
          .update();
    }
    return rows.size();
  }

  private static final List<String> EQUALITY =
      List.of(
          "ethnicity",
          "sex",
          "gender_same_as_at_birth",
          "sexual_orientation",
          "disability",
          "age_band");

  private int equalityAnswers(AreaWallPass pass) {
    lock();
    List<Sealed> rows =
        jdbc.sql(
                """
                SELECT e.partner_id, e.ethnicity, e.sex, e.gender_same_as_at_birth,
                  e.sexual_orientation, e.disability, e.age_band
                FROM partner_equality e
                JOIN partner p ON p.id = e.partner_id
                JOIN referral r ON r.id = p.referral_id
                WHERE r.area_id = ANY(:areas) AND (%s)
                ORDER BY e.partner_id LIMIT :batch
                FOR UPDATE OF e
                """
                    .formatted(
                        String.join(
                            " OR ", EQUALITY.stream().map(c -> notCurrent("e." + c)).toList())))
            .param("areas", pass.areaIdArray())
            .param("current", currentPrefix())
            .param("batch", SealingPass.BATCH)
            .query(
                (rs, i) -> {
                  String[] values = new String[EQUALITY.size()];
                  for (int c = 0; c < values.length; c++) {
                    values[c] = rs.getString(c + 2);
                  }
                  return new Sealed(rs.getLong(1), values);
                })
            .list();
    for (Sealed row : rows) {
      String[] v = resealed(row.values());
      jdbc.sql(
              """
              UPDATE partner_equality SET ethnicity = :e, sex = :s, gender_same_as_at_birth = :g,
                sexual_orientation = :o, disability = :d, age_band = :a
              WHERE partner_id = :id
              """)
          .param("e", v[0])
          .param("s", v[1])
          .param("g", v[2])
          .param("o", v[3])
          .param("d", v[4])
          .param("a", v[5])
          .param("id", row.id())
          .update();
    }
    return rows.size();
  }

  private int authenticators() {
    lock();
    List<Sealed> rows =
        jdbc.sql(
                "SELECT id, totp_secret FROM app_user WHERE %s ORDER BY id LIMIT :batch FOR UPDATE"
                    .formatted(notCurrent("totp_secret")))
            .param("current", currentPrefix())
            .param("batch", SealingPass.BATCH)
            .query((rs, i) -> new Sealed(rs.getLong(1), new String[] {rs.getString(2)}))
            .list();
    for (Sealed row : rows) {
      jdbc.sql("UPDATE app_user SET totp_secret = :s WHERE id = :id")
          .param("s", resealed(row.values())[0])
          .param("id", row.id())
          .update();
    }
    return rows.size();
  }

  private String[] resealed(String[] values) {
    List<String> out = new ArrayList<>();
    for (String value : values) {
      out.add(encryption.seal(encryption.open(value)));
    }
    return out.toArray(String[]::new);
  }

  private String currentPrefix() {
    return FieldEncryption.PREFIX + encryption.currentKeyId() + ":%";
  }

  private void lock() {
    jdbc.sql("SELECT pg_advisory_xact_lock(:lock)")
        .param("lock", SealingPass.LOCK)
        .query((rs, i) -> 1)
        .list();
  }
}
