package org.tandem.risk;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The DASH checklist's indicators; their wording is the service's, kept as data. */
@Service
public class DashIndicators {

  private final JdbcClient jdbc;

  DashIndicators(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<DashIndicator> all() {
    return jdbc.sql(
            "SELECT number, short_label, question, homicide_marker FROM dash_indicator ORDER BY number")
        .query(
            (rs, i) ->
                new DashIndicator(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
        .list();
  }

  /** Rewords an indicator's question, as the service's own checklist asks it. */
  @Transactional
  public void reword(int number, String question) {
    jdbc.sql("UPDATE dash_indicator SET question = :q WHERE number = :n")
        .param("q", question.strip())
        .param("n", number)
        .update();
  }
}
