package org.tandem.access;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.web.ThisRequest;

/**
 * Colleagues by their names. Records keep who did something as a username (what the audit trail
 * matches on); pages, PDFs and spreadsheets show the person's name. The names are read once per
 * request, so a list of a hundred entries costs one query, not a hundred.
 */
@Component
public class People {

  private final JdbcClient jdbc;

  People(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The name of the colleague with this username; the username itself if there is none. */
  public String name(String username) {
    if (username == null) {
      return null;
    }
    return names().getOrDefault(username, username);
  }

  private Map<String, String> names() {
    return ThisRequest.remember(
        "people",
        () -> {
          Map<String, String> names = new HashMap<>();
          jdbc.sql("SELECT username, display_name FROM app_user")
              .query((rs, i) -> names.put(rs.getString(1), rs.getString(2)))
              .list();
          return names;
        });
  }
}
