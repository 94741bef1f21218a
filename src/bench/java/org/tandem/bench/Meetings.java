package org.tandem.bench;

import io.gatling.javaapi.core.Session;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The group meetings the facilitators record, each handed out once (a group holds one session a
 * day), groups of twelve first: each facilitator works in the area of one of them.
 */
final class Meetings {

  private final List<String> areas = new ArrayList<>();
  private final Map<String, Queue<BenchData.Meeting>> byArea = new LinkedHashMap<>();
  private final Queue<Integer> menRecorded = new ConcurrentLinkedQueue<>();

  Meetings(List<BenchData.Meeting> twelveFirst) {
    for (BenchData.Meeting m : twelveFirst) {
      byArea.computeIfAbsent(m.area(), a -> new ConcurrentLinkedQueue<>()).add(m);
    }
    areas.addAll(byArea.keySet());
  }

  /** The area of the n-th facilitator. */
  String area(int n) {
    return areas.isEmpty() ? "GNAA" : areas.get(n % areas.size());
  }

  /** Puts the facilitator's next meeting in the session, or takes it out when none is left. */
  Session next(Session session) {
    Queue<BenchData.Meeting> left = byArea.get(session.getString("area"));
    BenchData.Meeting m = left == null ? null : left.poll();
    if (m == null) {
      return session.remove("group");
    }
    menRecorded.add(m.men());
    return session.set("group", m.groupId()).set("date", m.date());
  }

  /** How many men the recorded sessions' registers held: mean, fewest and most. */
  String menRecorded() {
    List<Integer> men = new ArrayList<>(menRecorded);
    if (men.isEmpty()) {
      return "none";
    }
    double mean = men.stream().mapToInt(Integer::intValue).average().orElse(0);
    int fewest = men.stream().mapToInt(Integer::intValue).min().orElse(0);
    int most = men.stream().mapToInt(Integer::intValue).max().orElse(0);
    return String.format(
        "%.1f men a session on average (%d to %d), %d sessions", mean, fewest, most, men.size());
  }
}
