package org.tandem.planner.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.planner.PlannerInputs;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saved scenarios in plain SQL. The inputs are kept as JSON, written with the application's own
 * mapper so the stored shape is the API's; amounts are written as plain decimals (never 1E+2), so
 * that each BigDecimal comes back with the scale it was saved with.
 */
@Repository
class ScenarioStore {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  ScenarioStore(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json.rebuild().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
  }

  long insert(String name, PlannerInputs inputs, String by, OffsetDateTime at) {
    return jdbc.sql(
            """
            INSERT INTO planner_scenario (name, inputs, created_by, created_at, updated_by, updated_at)
            VALUES (:name, CAST(:inputs AS jsonb), :by, :at, :by, :at)
            RETURNING id
            """)
        .param("name", name)
        .param("inputs", toJson(inputs))
        .param("by", by)
        .param("at", at)
        .query(Long.class)
        .single();
  }

  /**
   * Renames the scenario if it is still at the version read; false if someone changed it (or
   * deleted it) meanwhile.
   */
  boolean rename(long id, int version, String name, String by, OffsetDateTime at) {
    return jdbc.sql(
                """
                UPDATE planner_scenario
                SET name = :name, updated_by = :by, updated_at = :at, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("id", id)
            .param("version", version)
            .param("name", name)
            .param("by", by)
            .param("at", at)
            .update()
        == 1;
  }

  boolean delete(long id) {
    return jdbc.sql("DELETE FROM planner_scenario WHERE id = :id").param("id", id).update() == 1;
  }

  /** Whether a scenario other than {@code id} already has this name, in any capitals. */
  boolean nameTakenByAnother(String name, long id) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM planner_scenario WHERE lower(name) = lower(:name) AND id <> :id)")
        .param("name", name)
        .param("id", id)
        .query(Boolean.class)
        .single();
  }

  /** Whether a scenario already has this name, in any capitals. */
  boolean nameTaken(String name) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM planner_scenario WHERE lower(name) = lower(:name))")
        .param("name", name)
        .query(Boolean.class)
        .single();
  }

  Optional<Stored> find(long id) {
    return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(this::row).optional();
  }

  /** Newest first: the scenario a commissioner has just saved is at the top. */
  List<Stored> page(long offset, int limit) {
    return jdbc.sql(SELECT + " ORDER BY updated_at DESC, id DESC LIMIT :limit OFFSET :offset")
        .param("limit", limit)
        .param("offset", offset)
        .query(this::row)
        .list();
  }

  long count() {
    return jdbc.sql("SELECT count(*) FROM planner_scenario").query(Long.class).single();
  }

  /** The id and name of the most recent scenarios, for choosing two to compare. */
  List<Choice> choices(int limit) {
    return jdbc.sql(
            "SELECT id, name FROM planner_scenario ORDER BY updated_at DESC, id DESC LIMIT :limit")
        .param("limit", limit)
        .query((rs, i) -> new Choice(rs.getLong("id"), rs.getString("name")))
        .list();
  }

  record Choice(long id, String name) {}

  /** A row as stored; its plan is worked out by the caller. */
  record Stored(
      long id,
      String name,
      PlannerInputs inputs,
      String createdBy,
      OffsetDateTime createdAt,
      String updatedBy,
      OffsetDateTime updatedAt,
      int version) {}

  String toJson(PlannerInputs inputs) {
    return json.writeValueAsString(inputs);
  }

  PlannerInputs fromJson(String text) {
    return json.readValue(text, PlannerInputs.class);
  }

  private static final String SELECT =
      """
      SELECT id, name, inputs::text AS inputs, created_by, created_at, updated_by, updated_at, version
      FROM planner_scenario
      """;

  private Stored row(ResultSet rs, int i) throws SQLException {
    return new Stored(
        rs.getLong("id"),
        rs.getString("name"),
        fromJson(rs.getString("inputs")),
        rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getString("updated_by"),
        rs.getObject("updated_at", OffsetDateTime.class),
        rs.getInt("version"));
  }
}
