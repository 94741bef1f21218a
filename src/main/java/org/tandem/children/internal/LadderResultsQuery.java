package org.tandem.children.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.children.LadderResults;

/**
 * One query for the safety ladder across an area. Pairs readings as SafetyLadder.progress does: the
 * latest "before" reading (by date, then id) and the latest "after" reading on or after its date.
 */
@Repository
public class LadderResultsQuery {

  private final JdbcClient jdbc;

  LadderResultsQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public LadderResults results(long areaId, LocalDate from, LocalDate to) {
    return jdbc.sql(
            """
            WITH before AS (
              SELECT DISTINCT ON (l.child_id) l.child_id, l.taken_on, l.rating
              FROM safety_ladder_reading l
              JOIN child c ON c.id = l.child_id
              JOIN referral r ON r.id = c.referral_id
              WHERE r.area_id = :area AND l.stage = 'BEFORE'
              ORDER BY l.child_id, l.taken_on DESC, l.id DESC
            ), after AS (
              SELECT DISTINCT ON (l.child_id) l.child_id, l.taken_on, l.rating
              FROM safety_ladder_reading l
              JOIN before b ON b.child_id = l.child_id
              WHERE l.stage = 'AFTER' AND l.taken_on >= b.taken_on
              ORDER BY l.child_id, l.taken_on DESC, l.id DESC
            )
            SELECT count(*) AS children,
              count(*) FILTER (WHERE a.rating > b.rating) AS rose,
              count(*) FILTER (WHERE a.rating = b.rating) AS same,
              count(*) FILTER (WHERE a.rating < b.rating) AS fell,
              avg(a.rating - b.rating)::float8 AS average_change
            FROM before b JOIN after a ON a.child_id = b.child_id
            WHERE a.taken_on BETWEEN :from AND :to
            """)
        .param("area", areaId)
        .param("from", from)
        .param("to", to)
        .query(
            (rs, i) ->
                new LadderResults(
                    rs.getInt("children"),
                    rs.getInt("rose"),
                    rs.getInt("same"),
                    rs.getInt("fell"),
                    rs.getObject("average_change", Double.class)))
        .single();
  }
}
