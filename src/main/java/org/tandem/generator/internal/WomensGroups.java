package org.tandem.generator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The women's groups of partner support, behind the wall: a woman who engages may join her area's
 * weekly group for the twelve-week structured course, and some stay on in the rolling group after
 * it. Each week she is on the register, there or not; no session holds more than twelve women.
 */
final class WomensGroups {

  /**
   * Share of engaged women who join a group: 23 of the 98 women supported did in the published
   * service (seed 000 §4.2); 60% is chosen for the volume, and 70% stay on after the
   * course.
   */
  static final double JOINS = 0.60;

  private static final int COURSE = 12;
  private static final double STAYS_ON = 0.7;
  private static final String[] AWAY = {"Childcare", "Unwell", "Work", null};

  private final Tables t;
  private final GroupOpening opening;
  private final Registers registers;
  private final Map<Long, Long> sessions = new HashMap<>();

  WomensGroups(Tables t, GroupOpening opening, LocalDate start, LocalDate end) {
    this.t = t;
    this.opening = opening;
    this.registers = new Registers(start, end, GroupOpening.WOMEN_PER_GROUP);
  }

  /** She may take a place in a group some weeks after she engaged. */
  void join(Journey j, long partnerId, LocalDate engaged) {
    SplittableRandom r = j.r;
    if (!Odds.chance(r, JOINS)) {
      return;
    }
    LocalDate asked = engaged.plusDays(Odds.between(r, 7, 56));
    if (!j.happened(asked)) {
      return;
    }
    int weeks = COURSE + (Odds.chance(r, STAYS_ON) ? Odds.between(r, 4, 52) : 0);
    Place.Group group = null;
    LocalDate first = null;
    List<Place.Group> groups = j.place.womensGroups();
    int from = r.nextInt(groups.size());
    for (int k = 0; k < groups.size() && group == null; k++) {
      Place.Group g = groups.get((from + k) % groups.size());
      LocalDate next = nextSession(g, asked);
      if (next != null && registers.hasRoom(g.id(), next, weeks)) {
        group = g;
        first = next;
      }
    }
    if (group == null) {
      group = opening.women(r, j.place, asked, Odds.during(r, asked));
      first = group.firstSession();
    }
    registers.take(group.id(), first, weeks);
    String worker = j.place.partnerSupport();
    LocalDate last = first;
    int held = 0;
    for (; held < weeks && j.happened(first.plusWeeks(held)); held++) {
      LocalDate day = first.plusWeeks(held);
      long session = session(j, group, day);
      boolean there = held == 0 || Odds.chance(r, 0.8);
      t.womensAttendance.row(
          session, partnerId, there, there ? null : AWAY[r.nextInt(AWAY.length)]);
      Instant at = Odds.during(r, day);
      j.audit(at, worker, "READ", "women's group attendance");
      j.audit(at, worker, "CREATE", "women's group attendance");
      last = day;
    }
    boolean left = held == weeks && j.happened(last.plusWeeks(1));
    Instant added = Odds.during(r, asked);
    t.womensMember.row(
        t.womensMember.nextId(), group.id(), partnerId, first, left ? last : null, worker, added);
    j.audit(added, worker, "UPDATE", "women's group member");
  }

  /** The group's first session on or after a day, if it has begun by six weeks after it. */
  private static LocalDate nextSession(Place.Group g, LocalDate day) {
    if (g.firstSession().isAfter(day.plusWeeks(6))) {
      return null;
    }
    if (!g.firstSession().isBefore(day)) {
      return g.firstSession();
    }
    long days = ChronoUnit.DAYS.between(g.firstSession(), day);
    return g.firstSession().plusWeeks((days + 6) / 7);
  }

  private long session(Journey j, Place.Group group, LocalDate day) {
    long week = ChronoUnit.WEEKS.between(group.firstSession(), day);
    long key = group.id() * 100_000 + week;
    Long id = sessions.get(key);
    if (id == null) {
      id = t.womensSession.nextId();
      sessions.put(key, id);
      t.womensSession.row(
          id,
          group.id(),
          day,
          GroupOpening.topic(week),
          null,
          group.facilitators(),
          Odds.during(j.r, day));
    }
    return id;
  }
}
