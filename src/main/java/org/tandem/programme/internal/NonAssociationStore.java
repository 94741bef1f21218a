package org.tandem.programme.internal;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.programme.NonAssociationKind;

/**
 * Plain SQL for non-associations. A row names two cases and binds both ways, so every read asks for
 * rows with his case on either side, and "the other man" is whichever side is not his.
 */
@Repository
public class NonAssociationStore {

  /** Enough for any real man's history; a page of them without paging. */
  static final int MOST = 200;

  private static final String LIVE_PLACE = "('WAITING', 'ATTENDING', 'SUSPENDED')";

  private final JdbcClient jdbc;

  NonAssociationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A non-association seen from one man's case, with the other man's case. */
  public record Row(
      long id,
      long otherReferralId,
      String otherReference,
      long otherAreaId,
      NonAssociationKind kind,
      String note,
      String recordedBy,
      OffsetDateTime recordedAt,
      String endedBy,
      OffsetDateTime endedAt,
      int version) {}

  public long insert(
      long referralId,
      long otherReferralId,
      NonAssociationKind kind,
      String note,
      String by,
      OffsetDateTime at) {
    return jdbc.sql(
            """
            INSERT INTO non_association
              (referral_id, other_referral_id, kind, note, recorded_by, recorded_at)
            VALUES (:referral, :other, :kind, :note, :by, :at)
            RETURNING id
            """)
        .param("referral", referralId)
        .param("other", otherReferralId)
        .param("kind", kind.name())
        .param("note", note)
        .param("by", by)
        .param("at", at)
        .query(Long.class)
        .single();
  }

  /** His non-associations, those that hold first, then the newest. */
  public List<Row> ofCase(long referralId) {
    return jdbc.sql(
            """
            SELECT n.id, o.id, o.reference, o.area_id, n.kind, n.note, n.recorded_by,
              n.recorded_at, n.ended_by, n.ended_at, n.version
            FROM non_association n
            JOIN referral o ON o.id = CASE WHEN n.referral_id = :r
                                           THEN n.other_referral_id ELSE n.referral_id END
            WHERE n.referral_id = :r OR n.other_referral_id = :r
            ORDER BY n.ended_at IS NOT NULL, n.recorded_at DESC, n.id DESC
            LIMIT :most
            """)
        .param("r", referralId)
        .param("most", MOST)
        .query(
            (rs, i) ->
                new Row(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getLong(4),
                    NonAssociationKind.valueOf(rs.getString(5)),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getObject(8, OffsetDateTime.class),
                    rs.getString(9),
                    rs.getObject(10, OffsetDateTime.class),
                    rs.getInt(11)))
        .list();
  }

  public Optional<Row> one(long referralId, long id) {
    return ofCase(referralId).stream().filter(r -> r.id() == id).findFirst();
  }

  /** Ends it if it still holds at the version read; false if it did not. */
  public boolean end(long id, int version, String by, OffsetDateTime at) {
    return jdbc.sql(
                """
            UPDATE non_association
            SET ended_by = :by, ended_at = :at, version = version + 1
            WHERE id = :id AND version = :version AND ended_at IS NULL
            """)
            .param("id", id)
            .param("version", version)
            .param("by", by)
            .param("at", at)
            .update()
        == 1;
  }

  /**
   * Holds the group until the place being given is saved, so that two men who must not meet, given
   * places in it at the same moment, are not both let in: the second waits, then sees the first.
   */
  public void lockGroup(long groupId) {
    jdbc.sql("SELECT id FROM programme_group WHERE id = :id FOR UPDATE")
        .param("id", groupId)
        .query(Long.class)
        .optional();
  }

  /**
   * The groups he may not be offered: each group where a man he must not be with holds a live
   * place, with why (the first recorded, if more than one).
   */
  public Map<Long, NonAssociationKind> groupsBarredTo(long referralId) {
    Map<Long, NonAssociationKind> barred = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT e.group_id, n.kind
            FROM non_association n
            JOIN enrolment e ON e.referral_id = CASE WHEN n.referral_id = :r
                                                     THEN n.other_referral_id ELSE n.referral_id END
            WHERE (n.referral_id = :r OR n.other_referral_id = :r) AND n.ended_at IS NULL
              AND e.status IN %s
            ORDER BY n.id
            """
                .formatted(LIVE_PLACE))
        .param("r", referralId)
        .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
        .list()
        .forEach(e -> barred.putIfAbsent(e.getKey(), NonAssociationKind.valueOf(e.getValue())));
    return barred;
  }

  /**
   * The men (by case reference) who may not be offered this group: each has a non-association that
   * holds with a man holding a live place in it, with why.
   */
  public Map<String, NonAssociationKind> menBarredFrom(long groupId) {
    Map<String, NonAssociationKind> barred = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT r.reference, n.kind
            FROM enrolment e
            JOIN non_association n ON (n.referral_id = e.referral_id
                                       OR n.other_referral_id = e.referral_id)
                                  AND n.ended_at IS NULL
            JOIN referral r ON r.id = CASE WHEN n.referral_id = e.referral_id
                                           THEN n.other_referral_id ELSE n.referral_id END
            WHERE e.group_id = :g AND e.status IN %s
            ORDER BY n.id
            """
                .formatted(LIVE_PLACE))
        .param("g", groupId)
        .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
        .list()
        .forEach(e -> barred.putIfAbsent(e.getKey(), NonAssociationKind.valueOf(e.getValue())));
    return barred;
  }
}
