package org.tandem.programme.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

  /** A group meeting on a day, with the men expected. */
  record Meeting(GroupSummary group, LocalDate on, SessionSheet sheet) {}

  @GetMapping("/facilitator")
  @PreAuthorize(SessionRoles.FACILITATORS)
  String week(Model model) {
    LocalDate today = clock.today();
    List<GroupSummary> all = groups.groups();
    List<Meeting> tonight = meetingsOn(all, today);
    List<Meeting> later = new ArrayList<>();
    for (int d = 1; d < 7; d++) {
      later.addAll(meetingsOn(all, today.plusDays(d)));
    }
    model.addAttribute("today", today);
    model.addAttribute("tonight", tonight);
    model.addAttribute("later", later);
    return "programme/facilitator";
  }

  private List<Meeting> meetingsOn(List<GroupSummary> all, LocalDate on) {
    return all.stream()
        .filter(g -> g.day() == on.getDayOfWeek() && !g.firstSessionOn().isAfter(on))
        .map(g -> new Meeting(g, on, sessions.sheet(g.id(), on)))
        .toList();
  }
}
