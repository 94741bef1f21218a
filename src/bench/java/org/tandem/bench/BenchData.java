package org.tandem.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the practitioners work on, read from the generated history before the load: each area's
 * allocated cases and his family name, the women on partner-support caseloads, and the group
 * meetings a facilitator can still record (a group and a day without a session, with the men the
 * register would expect that day; groups of twelve first, the size the target is set for).
 */
final class BenchData {

  record Case(String reference, String familyName) {}

  record Partner(String reference, long id) {}

  record Meeting(String area, long groupId, String date, int men) {}

  final List<String> areas = new ArrayList<>();
  final Map<String, List<Case>> cases = new LinkedHashMap<>();
  final Map<String, List<Partner>> partners = new LinkedHashMap<>();
  final List<Meeting> meetings = new ArrayList<>();

  static BenchData load() {
    try (Connection c = Bench.database()) {
      BenchData d = new BenchData();
      d.read(c);
      return d;
    } catch (Exception e) {
      throw new IllegalStateException("Could not read the bench data: " + e.getMessage(), e);
    }
  }

  private void read(Connection c) throws SQLException {
    query(
        c,
        """
        SELECT code FROM (
          SELECT a.code, count(*) AS n FROM area a JOIN referral r ON r.area_id = a.id
           WHERE a.code LIKE 'GN%' AND r.allocated_perpetrator_worker_id IS NOT NULL
           GROUP BY a.code) x
         ORDER BY n DESC, code
        """,
        rs -> areas.add(rs.getString(1)));
    query(
        c,
        """
        SELECT code, reference, man_family_name FROM (
          SELECT a.code, r.reference, r.man_family_name,
                 row_number() OVER (PARTITION BY a.code ORDER BY r.id DESC) AS n
            FROM referral r JOIN area a ON a.id = r.area_id
           WHERE a.code LIKE 'GN%' AND r.allocated_perpetrator_worker_id IS NOT NULL) x
         WHERE n <= 60
        """,
        rs ->
            cases
                .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(new Case(rs.getString(2), rs.getString(3))));
    query(
        c,
        """
        SELECT code, reference, id FROM (
          SELECT a.code, r.reference, p.id,
                 row_number() OVER (PARTITION BY a.code ORDER BY p.id DESC) AS n
            FROM partner p JOIN referral r ON r.id = p.referral_id JOIN area a ON a.id = r.area_id
           WHERE a.code LIKE 'GN%' AND r.allocated_partner_support_worker_id IS NOT NULL) x
         WHERE n <= 40
        """,
        rs ->
            partners
                .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(new Partner(rs.getString(2), rs.getLong(3))));
    query(
        c,
        """
        SELECT code, id, day, men FROM (
          SELECT a.code, g.id, d::date AS day,
                 (SELECT count(*) FROM enrolment e WHERE e.group_id = g.id
                     AND e.status IN ('WAITING', 'ATTENDING') AND e.intake_on <= d::date) AS men
            FROM programme_group g JOIN area a ON a.id = g.area_id,
                 generate_series(current_date - 70, current_date - 1, interval '1 day') d
           WHERE a.code LIKE 'GN%'
             AND NOT EXISTS (SELECT 1 FROM group_session s
                              WHERE s.group_id = g.id AND s.held_on = d::date)) x
         -- A group of twelve men, the size the issue's target is set for, or the nearest.
         ORDER BY abs(men - 12), men DESC, id, day DESC
        LIMIT 4000
        """,
        rs -> {
          if (rs.getInt(4) > 0) {
            meetings.add(
                new Meeting(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getInt(4)));
          }
        });
    areas.removeIf(a -> !cases.containsKey(a) || !partners.containsKey(a));
  }

  interface Row {
    void read(ResultSet rs) throws SQLException;
  }

  private static void query(Connection c, String sql, Row row) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        row.read(rs);
      }
    }
  }
}
