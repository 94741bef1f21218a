package org.tandem.programme;

import java.util.ArrayList;
import java.util.List;
import org.tandem.TestApi;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.access.Role;

/**
 * A curriculum of a test's own, made through the API by a service manager as one would: a copy of
 * the default, its sessions then replaced by these. By default nine sessions of 8 hours, the first
 * two in stage 1: 72 hours, 16 of them in stage 1. {@code ACurriculum.ofSessions(2).create(api,
 * area)} is one short of 60 hours.
 */
public final class ACurriculum {

  private final int sessions;
  private int stageOne = 2;
  private String hours = "8";

  private ACurriculum(int sessions) {
    this.sessions = sessions;
  }

  public static ACurriculum ofSessions(int sessions) {
    return new ACurriculum(sessions);
  }

  /** How many of the first sessions are in stage 1. */
  public ACurriculum stageOne(int sessions) {
    this.stageOne = sessions;
    return this;
  }

  /** The hours each session counts for, as the API takes them (like 1.875). */
  public ACurriculum hoursEach(String hours) {
    this.hours = hours;
    return this;
  }

  /** Makes it as the area's service manager: its id. */
  public long create(TestApi api, TestArea area) {
    String manager = area.token(Role.SERVICE_MANAGER);
    long from = api.read(manager, "/api/v1/curricula").get(0).get("id").asLong();
    long id =
        api.created(
                manager,
                "/api/v1/curricula",
                """
                {"fromId": %d, "name": "%s"}
                """
                    .formatted(from, TestData.marker("Invented curriculum ")))
            .get("id")
            .asLong();
    List<Long> copied = new ArrayList<>();
    api.read(manager, "/api/v1/curricula/" + id)
        .get("sessions")
        .forEach(s -> copied.add(s.get("id").asLong()));
    for (int position = 1; position <= sessions; position++) {
      api.created(
          manager,
          "/api/v1/curricula/" + id + "/sessions",
          """
          {"module": "Invented module", "title": "Invented session %d", "stage": %d,
           "hours": %s, "position": %d}
          """
              .formatted(position, position <= stageOne ? 1 : 2, hours, position));
    }
    for (long session : copied) {
      TestApi.ok(api.delete(manager, "/api/v1/curricula/" + id + "/sessions/" + session));
    }
    return id;
  }
}
