package org.tandem.access;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The commissioning areas the provider serves. */
@Service
public class Areas {

  private final JdbcClient jdbc;

  Areas(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Area> all() {
    return jdbc.sql("SELECT id, code, name FROM area ORDER BY name")
        .query((rs, i) -> new Area(rs.getLong("id"), rs.getString("code"), rs.getString("name")))
        .list();
  }

  /** The areas whose cases this user's team covers. */
  public List<Area> coveredBy(CurrentUser user) {
    return all().stream().filter(a -> user.covers(a.id())).toList();
  }

  public Optional<Area> byId(long id) {
    return all().stream().filter(a -> a.id() == id).findFirst();
  }

  public Optional<Area> byCode(String code) {
    return all().stream().filter(a -> a.code().equals(code)).findFirst();
  }

  /**
   * Creates an area. Fails with {@link AreaCodeTakenException} if the code is in use.
   *
   * <p>The new area is added to the creator's team, so a manager who creates an area can work in it
   * straight away.
   */
  @Transactional
  public Area create(String code, String name, Long teamIdToCover) {
    long id;
    try {
      id =
          jdbc.sql("INSERT INTO area (code, name) VALUES (:code, :name) RETURNING id")
              .param("code", code)
              .param("name", name)
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw new AreaCodeTakenException(code);
    }
    if (teamIdToCover != null) {
      jdbc.sql("INSERT INTO team_area (team_id, area_id) VALUES (:team, :area)")
          .param("team", teamIdToCover)
          .param("area", id)
          .update();
    }
    return new Area(id, code, name);
  }

  /**
   * Records the area's population and adult women (women aged 16 and over), the denominators of the
   * rates commissioners compare across services, and where the figures come from, whatever version
   * they are at (for the demo and tests; people save through the versioned one below).
   */
  @Transactional
  public void recordPopulation(long areaId, int population, int adultWomen, String source) {
    jdbc.sql(
            "UPDATE area SET population = :population, adult_women = :women,"
                + " population_source = :source, population_version = population_version + 1"
                + " WHERE id = :id")
        .param("population", population)
        .param("women", adultWomen)
        .param("source", source)
        .param("id", areaId)
        .update();
  }

  /**
   * Records the figures only if they are still at {@code version}, the one the caller read; false,
   * with nothing changed, when someone saved others meanwhile. Saves that race are ordered by the
   * row's lock, so of several made from one version exactly one is recorded.
   */
  @Transactional
  public boolean recordPopulation(
      long areaId, int population, int adultWomen, String source, int version) {
    return jdbc.sql(
                "UPDATE area SET population = :population, adult_women = :women,"
                    + " population_source = :source, population_version = population_version + 1"
                    + " WHERE id = :id AND population_version = :version")
            .param("population", population)
            .param("women", adultWomen)
            .param("source", source)
            .param("id", areaId)
            .param("version", version)
            .update()
        == 1;
  }

  /** Every area with its population figures as recorded (null where none is). */
  public List<AreaPopulation> populations() {
    return jdbc.sql(
            "SELECT id, code, name, population, adult_women, population_source,"
                + " population_version FROM area ORDER BY name")
        .query(
            (rs, i) ->
                new AreaPopulation(
                    new Area(rs.getLong("id"), rs.getString("code"), rs.getString("name")),
                    rs.getObject("population", Integer.class),
                    rs.getObject("adult_women", Integer.class),
                    rs.getString("population_source"),
                    rs.getInt("population_version")))
        .list();
  }

  /** Thrown when an area code is already in use. */
  public static class AreaCodeTakenException extends RuntimeException {
    public AreaCodeTakenException(String code) {
      super("Area code " + code + " is already in use");
    }
  }
}
