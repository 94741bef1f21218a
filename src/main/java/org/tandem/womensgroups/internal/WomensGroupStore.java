package org.tandem.womensgroups.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.AreaWallPass;
import org.tandem.access.CaseRef;
import org.tandem.encryption.FieldEncryption;

/**
 * The SQL of the women's group: groups and their members. All of it is behind the wall, so every
 * query that reads it takes an {@link AreaWallPass} and keeps to the pass's areas (a group by the
 * group's area, a woman by her case's); every read of a woman returns her case for the audit trail.
 * Sessions and attendance are {@link WomensGroupSessionStore}'s.
 */
@Repository
public class WomensGroupStore {

  /** A group as stored, with how many women hold a place and how many sessions were held. */
  public record GroupRow(
      long id,
      long areaId,
      String areaCode,
      String areaName,
      String name,
      String venue,
      String meets,
      LocalDate startsOn,
      int capacity,
      int members,
      int sessions,
      LocalDate lastSessionOn,
      int version) {}

  /** A woman in a group, with her case and her attendance so far. */
  public record MemberRow(
      long partnerId,
      String givenName,
      String familyName,
      String relationship,
      LocalDate joinedOn,
      int attended,
      int recorded,
      CaseRef caseRef) {}

  /** A woman who could join a group. */
  public record CandidateRow(
      long partnerId,
      String givenName,
      String familyName,
      String relationship,
      String contactStatus,
      CaseRef caseRef) {}

  private static final String GROUP_SELECT =
      """
      SELECT g.id, g.area_id, a.code, a.name AS area_name, g.name, g.venue, g.meets, g.starts_on,
        g.capacity, g.version,
        (SELECT count(*) FROM womens_group_member m
          WHERE m.group_id = g.id AND m.left_on IS NULL) AS members,
        (SELECT count(*) FROM womens_group_session s WHERE s.group_id = g.id) AS sessions,
        (SELECT max(s.held_on) FROM womens_group_session s WHERE s.group_id = g.id) AS last_session_on
      FROM womens_group g JOIN area a ON a.id = g.area_id
      """;

  private final JdbcClient jdbc;
  private final FieldEncryption encryption;

  WomensGroupStore(JdbcClient jdbc, FieldEncryption encryption) {
    this.jdbc = jdbc;
    this.encryption = encryption;
  }

  /** Her name is sealed, so the group's women are put in order of it here, once it is opened. */
  static String sortName(String given, String family) {
    return (given + " " + (family == null ? "" : family)).toLowerCase(java.util.Locale.ROOT);
  }

  public List<GroupRow> groups(AreaWallPass pass, long offset, int limit) {
    return jdbc.sql(
            GROUP_SELECT
                + " WHERE g.area_id = ANY(:areas) ORDER BY a.name, g.name, g.id"
                + " OFFSET :offset LIMIT :limit")
        .param("areas", pass.areaIdArray())
        .param("offset", offset)
        .param("limit", limit)
        .query(WomensGroupStore::groupRow)
        .list();
  }

  public long countGroups(AreaWallPass pass) {
    return jdbc.sql("SELECT count(*) FROM womens_group WHERE area_id = ANY(:areas)")
        .param("areas", pass.areaIdArray())
        .query(Long.class)
        .single();
  }

  /** The group, if it is in the pass's areas. */
  public Optional<GroupRow> group(AreaWallPass pass, long id) {
    return jdbc.sql(GROUP_SELECT + " WHERE g.id = :id AND g.area_id = ANY(:areas)")
        .param("id", id)
        .param("areas", pass.areaIdArray())
        .query(WomensGroupStore::groupRow)
        .optional();
  }

  /**
   * Locks the group's row until the transaction ends, so that places and dates are counted once.
   */
  public void lock(long id) {
    jdbc.sql("SELECT id FROM womens_group WHERE id = :id FOR UPDATE")
        .param("id", id)
        .query(Long.class)
        .optional();
  }

  public boolean nameTaken(AreaWallPass pass, long areaId, String name) {
    return jdbc.sql(
            """
            SELECT EXISTS (SELECT 1 FROM womens_group
              WHERE area_id = :area AND area_id = ANY(:areas) AND lower(name) = lower(:name))
            """)
        .param("area", areaId)
        .param("areas", pass.areaIdArray())
        .param("name", name.strip())
        .query(Boolean.class)
        .single();
  }

  public long insertGroup(
      long areaId,
      String name,
      String venue,
      String meets,
      LocalDate startsOn,
      int capacity,
      String by,
      OffsetDateTime at) {
    return jdbc.sql(
            """
            INSERT INTO womens_group (area_id, name, venue, meets, starts_on, capacity, created_by, created_at)
            VALUES (:area, :name, :venue, :meets, :startsOn, :capacity, :by, :at) RETURNING id
            """)
        .param("area", areaId)
        .param("name", name.strip())
        .param("venue", venue.strip())
        .param("meets", meets.strip())
        .param("startsOn", startsOn)
        .param("capacity", capacity)
        .param("by", by)
        .param("at", at)
        .query(Long.class)
        .single();
  }

  /** The women in the group now whose cases are in the pass's areas. */
  public List<MemberRow> members(AreaWallPass pass, long groupId) {
    return jdbc
        .sql(
            """
            SELECT m.partner_id, p.given_name, p.family_name, p.relationship, m.joined_on,
              r.id AS referral_id, r.reference, r.area_id,
              (SELECT count(*) FROM womens_group_attendance att
                JOIN womens_group_session s ON s.id = att.session_id
                WHERE s.group_id = m.group_id AND att.partner_id = m.partner_id AND att.attended) AS attended,
              (SELECT count(*) FROM womens_group_attendance att
                JOIN womens_group_session s ON s.id = att.session_id
                WHERE s.group_id = m.group_id AND att.partner_id = m.partner_id) AS recorded
            FROM womens_group_member m
            JOIN partner p ON p.id = m.partner_id
            JOIN referral r ON r.id = p.referral_id
            WHERE m.group_id = :group AND m.left_on IS NULL AND r.area_id = ANY(:areas)
            ORDER BY m.id
            """)
        .param("group", groupId)
        .param("areas", pass.areaIdArray())
        .query(
            (rs, i) ->
                new MemberRow(
                    rs.getLong("partner_id"),
                    encryption.open(rs.getString("given_name")),
                    encryption.open(rs.getString("family_name")),
                    rs.getString("relationship"),
                    rs.getObject("joined_on", LocalDate.class),
                    rs.getInt("attended"),
                    rs.getInt("recorded"),
                    caseRef(rs)))
        .list()
        .stream()
        .sorted(
            java.util.Comparator.comparing(
                (MemberRow m) -> sortName(m.givenName(), m.familyName())))
        .toList();
  }

  private static final String CANDIDATES =
      """
      FROM partner p JOIN referral r ON r.id = p.referral_id
      WHERE r.area_id = :area AND r.area_id = ANY(:areas) AND p.contact_status <> 'DECLINED'
        AND NOT EXISTS (SELECT 1 FROM womens_group_member m
          WHERE m.group_id = :group AND m.partner_id = p.id AND m.left_on IS NULL)
      """;

  public List<CandidateRow> candidates(
      AreaWallPass pass, long groupId, long areaId, long offset, int limit) {
    return jdbc.sql(
            """
            SELECT p.id, p.given_name, p.family_name, p.relationship, p.contact_status,
              r.id AS referral_id, r.reference, r.area_id
            """
                + CANDIDATES
                // Her name is sealed and cannot be sorted in SQL: a page of candidates is in the
                // order their cases were referred, which stays put from one page to the next.
                + " ORDER BY r.reference, p.id OFFSET :offset LIMIT :limit")
        .param("group", groupId)
        .param("area", areaId)
        .param("areas", pass.areaIdArray())
        .param("offset", offset)
        .param("limit", limit)
        .query(
            (rs, i) ->
                new CandidateRow(
                    rs.getLong("id"),
                    encryption.open(rs.getString("given_name")),
                    encryption.open(rs.getString("family_name")),
                    rs.getString("relationship"),
                    rs.getString("contact_status"),
                    caseRef(rs)))
        .list();
  }

  public long countCandidates(AreaWallPass pass, long groupId, long areaId) {
    return jdbc.sql("SELECT count(*) " + CANDIDATES)
        .param("group", groupId)
        .param("area", areaId)
        .param("areas", pass.areaIdArray())
        .query(Long.class)
        .single();
  }

  /** The woman's case, if she may join this group: in its area, not in it, not declined. */
  public Optional<CaseRef> candidate(AreaWallPass pass, long groupId, long areaId, long partnerId) {
    return jdbc.sql(
            "SELECT r.id AS referral_id, r.reference, r.area_id "
                + CANDIDATES
                + " AND p.id = :partner")
        .param("group", groupId)
        .param("area", areaId)
        .param("areas", pass.areaIdArray())
        .param("partner", partnerId)
        .query((rs, i) -> caseRef(rs))
        .optional();
  }

  public void insertMember(
      long groupId, long partnerId, LocalDate joinedOn, String by, OffsetDateTime at) {
    jdbc.sql(
            """
            INSERT INTO womens_group_member (group_id, partner_id, joined_on, added_by, added_at)
            VALUES (:group, :partner, :joinedOn, :by, :at)
            """)
        .param("group", groupId)
        .param("partner", partnerId)
        .param("joinedOn", joinedOn)
        .param("by", by)
        .param("at", at)
        .update();
  }

  private static GroupRow groupRow(ResultSet rs, int i) throws SQLException {
    return new GroupRow(
        rs.getLong("id"),
        rs.getLong("area_id"),
        rs.getString("code"),
        rs.getString("area_name"),
        rs.getString("name"),
        rs.getString("venue"),
        rs.getString("meets"),
        rs.getObject("starts_on", LocalDate.class),
        rs.getInt("capacity"),
        rs.getInt("members"),
        rs.getInt("sessions"),
        rs.getObject("last_session_on", LocalDate.class),
        rs.getInt("version"));
  }

  static CaseRef caseRef(ResultSet rs) throws SQLException {
    return new CaseRef(rs.getLong("referral_id"), rs.getString("reference"), rs.getLong("area_id"));
  }
}
