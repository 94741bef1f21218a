package org.tandem.planner.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.planner.PlannerArea;

/**
 * The population figures a saved planner scenario gives for a Tandem area: a row of the scenario
 * set against that area's code. Offered where an area has no figures of its own, never used in
 * their place without someone recording them.
 */
@Component
class PlannedPopulations {

  /** A scenario's row for the area, and the scenario it is from. */
  record Planned(String scenario, PlannerArea area) {}

  private final JdbcClient jdbc;

  PlannedPopulations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The row of the most recently saved scenario set against this area code, if any is. */
  Optional<Planned> latestFor(String areaCode) {
    // The inputs keep the rows and their Tandem area codes in two arrays, matched by position.
    return jdbc.sql(
            """
            SELECT s.name, row->>'name' AS area_name, (row->>'population')::bigint AS population,
                   (row->>'adultWomen')::bigint AS adult_women
            FROM planner_scenario s,
                 jsonb_array_elements(s.inputs->'areas') WITH ORDINALITY AS a(row, n)
            WHERE s.inputs->'tandemAreas'->>(a.n::int - 1) = :code
              AND (row->>'adultWomen') IS NOT NULL AND (row->>'population') IS NOT NULL
            ORDER BY s.updated_at DESC, s.id DESC
            LIMIT 1
            """)
        .param("code", areaCode)
        .query(
            (rs, i) ->
                new Planned(
                    rs.getString("name"),
                    new PlannerArea(
                        rs.getString("area_name"),
                        rs.getLong("population"),
                        rs.getLong("adult_women"))))
        .optional();
  }
}
