package org.tandem.programme.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tandem.calendar.ServiceClock;
import org.tandem.programme.GroupSessions;
import org.tandem.programme.GroupSummary;
import org.tandem.programme.Groups;
import org.tandem.programme.SessionSheet;

/**
 * The facilitator's week: tonight's groups in the user's areas with each man expected and what to
 * watch for, then the groups meeting later this week.
 */
@Controller
class FacilitatorController {

  private final Groups groups;
  private final GroupSessions sessions;
  private final ServiceClock clock;

  FacilitatorController(Groups groups, GroupSessions sessions, ServiceClock clock) {
    this.groups = groups;
    this.sessions = sessions;
    this.clock = clock;
  }

  /**
   * A group meeting on a day: how many men are expected and whether its session is recorded; and,
   * tonight only, its sheet with each man and what to watch for.
   */
  record Meeting(
      GroupSummary group, LocalDate on, SessionSheet sheet, int menExpected, boolean recorded) {}

  @GetMapping("/facilitator")
  @PreAuthorize(SessionRoles.FACILITATORS)
  String week(Model model) {
    LocalDate today = clock.today();
    List<GroupSummary> all = groups.groups();
    // Each group meets on one day of the week: the day within the next seven that it meets.
    Map<Long, LocalDate> meets = new LinkedHashMap<>();
    List<GroupSummary> meeting = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      LocalDate on = today.plusDays(d);
      for (GroupSummary g : all) {
        if (g.day() == on.getDayOfWeek() && !g.firstSessionOn().isAfter(on)) {
          meets.put(g.id(), on);
          meeting.add(g);
        }
      }
    }
    // Each man in full for tonight's groups only: later groups say how many and lead to the group,
    // so the week reads (and the audit records) only the men the facilitator is shown.
    List<GroupSummary> tonightsGroups =
        meeting.stream().filter(g -> meets.get(g.id()).equals(today)).toList();
    Map<Long, LocalDate> laterDays = new LinkedHashMap<>(meets);
    tonightsGroups.forEach(g -> laterDays.remove(g.id()));
    Map<Long, SessionSheet> sheets = sessions.sheets(tonightsGroups, meets);
    Map<Long, GroupSessions.LaterMeeting> counts = sessions.later(laterDays);
    List<Meeting> tonight = new ArrayList<>();
    List<Meeting> later = new ArrayList<>();
    for (GroupSummary g : meeting) {
      LocalDate on = meets.get(g.id());
      SessionSheet sheet = sheets.get(g.id());
      if (sheet != null) {
        tonight.add(new Meeting(g, on, sheet, sheet.expected().size(), sheet.alreadyRecorded()));
      } else {
        GroupSessions.LaterMeeting l = counts.get(g.id());
        later.add(new Meeting(g, on, null, l.menExpected(), l.alreadyRecorded()));
      }
    }
    model.addAttribute("today", today);
    model.addAttribute("tonight", tonight);
    model.addAttribute("later", later);
    return "programme/facilitator";
  }
}
